import { interpolate, pluralKey } from '../../shared/i18n/interpolate'
import { station } from '../../shared/i18n/station'
import type { Language } from '../../shared/scene/localized'
import type { Hall, Service, ServiceChannel } from '../../shared/scene/schema'
import { DEFAULT_HALL_ID } from '../app/route'
import { stepHref } from '../forms/apply-route'

/** One service as every renderer shows it: all text already in the chosen language. */
export type ServiceViewModel = {
  id: string
  name: string
  summary: string
  documents: string[]
  /** "当场办结" / "Done on the spot", or "5个工作日" / "5 working days". */
  processingTime: string
  fee: string
  channels: { channel: ServiceChannel; label: string }[]
  /** The online application form (`/apply/<id>`, keeping a non-default hall); absent without a flow. */
  applyHref?: string
}

/** The headings of a service's details, shared by the DOM and VR renderers. */
export type ServiceLabels = {
  summary: string
  documents: string
  noDocuments: string
  processingTime: string
  fee: string
  channels: string
}

/** A department with its counters and services (the 2D mode's department view). */
export type DepartmentViewModel = {
  id: string
  name: string
  description: string
  letter: string
  color: string
  counters: { id: string; number: string }[]
  /** "5项服务" / "5 services". */
  serviceCount: string
  services: ServiceViewModel[]
  /** The services a video-counter ticket can be taken for: those offering the video channel. */
  videoServices: ServiceViewModel[]
}

/** What the station panel shows for one counter, in one language. */
export type StationViewModel = {
  counterId: string
  counterNumber: string
  /** "07号窗口 · 税务" / "Counter 07 · Tax". */
  title: string
  department: DepartmentViewModel
  /** Set for a one-stop window, which accepts every department's matters. */
  oneStopNote: string | null
  labels: ServiceLabels & { services: string; close: string; closePanel: string }
}

type StationKey = keyof (typeof station)['en']

function text(language: Language, key: StationKey, values?: Record<string, string | number>): string {
  return interpolate(station[language][key], values)
}

const channelKeys = {
  online: 'channelOnline',
  video: 'channelVideo',
  counter: 'channelCounter',
} as const satisfies Record<ServiceChannel, StationKey>

/** "当场办结" for 0 days, else "N个工作日" / "N working day(s)". */
export function processingTimeText(days: number, language: Language): string {
  if (days === 0) return text(language, 'onTheSpot')
  return text(language, pluralKey('workingDays', days, language), { count: days })
}

/** The labels of a service's details in one language. */
export function serviceLabels(language: Language): ServiceLabels {
  return {
    summary: text(language, 'summary'),
    documents: text(language, 'documents'),
    noDocuments: text(language, 'noDocuments'),
    processingTime: text(language, 'processingTime'),
    fee: text(language, 'fee'),
    channels: text(language, 'channels'),
  }
}

/** One service in one language; `hallId` keeps the hall in the Apply online link. */
export function serviceViewModel(
  service: Service,
  language: Language,
  hallId: string = DEFAULT_HALL_ID,
): ServiceViewModel {
  return {
    id: service.id,
    name: service.name[language],
    summary: service.summary[language],
    documents: service.documents.map((document) => document[language]),
    processingTime: processingTimeText(service.processingDays, language),
    fee: service.fee[language],
    // Keep a stable order whatever the data lists: the quickest way to apply first.
    channels: (['online', 'video', 'counter'] as const)
      .filter((channel) => service.channels.includes(channel))
      .map((channel) => ({ channel, label: text(language, channelKeys[channel]) })),
    ...(service.flow ? { applyHref: stepHref(service.id, { kind: 'start' }, hallId) } : {}),
  }
}

/** A department, its counters (by number) and its services, or null for an unknown id. */
export function departmentViewModel(
  hall: Hall,
  departmentId: string,
  language: Language,
): DepartmentViewModel | null {
  const department = hall.departments.find((d) => d.id === departmentId)
  if (!department) return null
  const services = hall.services.filter((s) => s.departmentId === department.id)
  const models = services.map((service) => serviceViewModel(service, language, hall.id))
  return {
    id: department.id,
    name: department.name[language],
    description: department.description[language],
    letter: department.letter,
    color: department.color,
    counters: hall.counters
      .filter((c) => c.departmentId === department.id)
      .map((c) => ({ id: c.id, number: c.number }))
      .sort((a, b) => Number(a.number) - Number(b.number)),
    serviceCount: text(language, pluralKey('serviceCount', services.length, language), {
      count: services.length,
    }),
    services: models,
    videoServices: models.filter((m) => m.channels.some((c) => c.channel === 'video')),
  }
}

/**
 * Everything the station panel shows for a counter, in one language, or null when the counter (or its
 * department) is not in the hall. Pure: the DOM panel and the VR panel render the same model.
 */
export function stationViewModel(hall: Hall, counterId: string, language: Language): StationViewModel | null {
  const counter = hall.counters.find((c) => c.id === counterId)
  if (!counter) return null
  const department = departmentViewModel(hall, counter.departmentId, language)
  if (!department) return null
  return {
    counterId: counter.id,
    counterNumber: counter.number,
    title: text(language, 'counterTitle', { number: counter.number, department: department.name }),
    department,
    oneStopNote: counter.oneStop ? text(language, 'oneStop') : null,
    labels: {
      ...serviceLabels(language),
      services: text(language, 'services'),
      close: text(language, 'close'),
      closePanel: text(language, 'closePanel'),
    },
  }
}
