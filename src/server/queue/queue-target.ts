import type { Department, Hall, Language, Service, ServiceChannel } from '../../shared/scene'
import { citizenError, type FieldProblemDetail } from '../applications/api-errors'
import type { LoadedScenes } from '../scenes/load-scenes'

/** A department of a hall (and optionally one of its services) that a request names. */
export type QueueTarget = { hall: Hall; department: Department; service: Service | null }

const WORDS = {
  zh: {
    hallId: '没有此大厅',
    departmentId: '此大厅没有这个部门',
    serviceId: '此部门没有这项服务',
    video: '这项服务不能通过视频窗口办理',
    counter: '这项服务不能到窗口办理',
    counterId: '此部门没有这个窗口',
  },
  en: {
    hallId: 'There is no such hall',
    departmentId: 'The hall has no such department',
    serviceId: 'The department has no such service',
    video: 'This service cannot be done at a video counter',
    counter: 'This service cannot be done at a counter',
    counterId: 'The department has no such counter',
  },
} as const

/**
 * Finds the hall, department and service a request body names; 400 `invalid_fields` with the field that
 * does not match, in the request's language. A service must belong to the department; a counter, when
 * given, must be one of the department's or a one-stop window of the hall. With `channel`, a named service
 * must offer that channel (a video-counter ticket only for a service done by video, a visit only for one
 * done at a counter); the error is on `serviceId`.
 */
export function resolveQueueTarget(
  scenes: LoadedScenes,
  input: { hallId: string; departmentId: string; serviceId?: string | null; counterId?: string | null },
  language: Language,
  channel?: Exclude<ServiceChannel, 'online'>,
): QueueTarget {
  const fail = (fieldId: keyof (typeof WORDS)['en']): never => {
    // A missing channel is a problem with the service the citizen chose.
    const field = fieldId === 'video' || fieldId === 'counter' ? 'serviceId' : fieldId
    const fields: FieldProblemDetail[] = [{ fieldId: field, message: WORDS[language][fieldId] }]
    throw citizenError(language, 400, 'invalid_fields', { fields })
  }
  const hall = scenes.halls.get(input.hallId) ?? fail('hallId')
  const department = hall.departments.find((d) => d.id === input.departmentId) ?? fail('departmentId')
  let service: Service | null = null
  if (input.serviceId != null)
    service =
      hall.services.find((s) => s.id === input.serviceId && s.departmentId === department.id) ??
      fail('serviceId')
  if (service && channel && !service.channels.includes(channel)) fail(channel)
  if (input.counterId != null) {
    const counter = hall.counters.find((c) => c.id === input.counterId)
    if (!counter || (counter.departmentId !== department.id && !counter.oneStop)) fail('counterId')
  }
  return { hall, department, service }
}

/**
 * The hall and department named in a URL; 404 `hall_not_found` (in the request's language) otherwise.
 */
export function resolvePlace(
  scenes: LoadedScenes,
  hallId: string,
  departmentId: string | null,
  language: Language,
): { hall: Hall; department: Department | null } {
  const hall = scenes.halls.get(hallId)
  if (!hall) throw citizenError(language, 404, 'hall_not_found')
  if (departmentId === null) return { hall, department: null }
  const department = hall.departments.find((d) => d.id === departmentId)
  if (!department) throw citizenError(language, 404, 'hall_not_found')
  return { hall, department }
}
