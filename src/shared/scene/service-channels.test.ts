import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Answers } from '../flow/answers'
import { applicablePages, nextPage, validatePage, validateSubmission } from '../flow/engine'
import type { Field, Flow } from '../flow/flow-schema'
import { residentIdCheckCharacter } from '../validation/resident-id'
import { channelIssues } from './channel-issues'
import type { Hall } from './schema'
import { validateHall, type SceneSource } from './validate-hall'

/**
 * Every service of the real halls keeps the channels it promises, and every form can be finished: a
 * citizen who answers every question with a valid value, down the first branch and down the last,
 * reaches a submission the server accepts.
 */

const TODAY = '2026-11-30'
const at = { today: TODAY }
const root = fileURLToPath(new URL('../../../', import.meta.url))
const hallDir = 'scenes/city-centre'
const read = (file: string): SceneSource => ({ file, data: JSON.parse(readFileSync(root + file, 'utf8')) })
const serviceFiles = readdirSync(`${root}${hallDir}/services`).filter((n) => n.endsWith('.json'))
const hall = validateHall(
  read(`${hallDir}/hall.json`),
  serviceFiles.map((name) => read(`${hallDir}/services/${name}`)),
)
const fileOf = (id: string) => `${hallDir}/services/${id}.json`

const DAY_MS = 86_400_000
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const todayMs = Date.parse(`${TODAY}T00:00:00Z`)

/** A bound as a time: "today", a fixed date, or an offset from today. */
function boundMs(bound: NonNullable<Extract<Field, { type: 'date' }>['min']>): number {
  if (bound === 'today') return todayMs
  if (typeof bound === 'string') return Date.parse(`${bound}T00:00:00Z`)
  const d = new Date(todayMs)
  d.setUTCFullYear(d.getUTCFullYear() + (bound.years ?? 0), d.getUTCMonth() + (bound.months ?? 0))
  return d.getTime() + (bound.days ?? 0) * DAY_MS
}

/** A date inside the field's bounds and time rule. */
function validDate(field: Extract<Field, { type: 'date' }>): string {
  let lo = field.min === undefined ? -Infinity : boundMs(field.min) + DAY_MS
  let hi = field.max === undefined ? Infinity : boundMs(field.max) - DAY_MS
  if (field.time === 'past') hi = Math.min(hi, todayMs - DAY_MS)
  if (field.time === 'past-or-today') hi = Math.min(hi, todayMs)
  if (field.time === 'future') lo = Math.max(lo, todayMs + DAY_MS)
  if (field.time === 'today-or-future') lo = Math.max(lo, todayMs)
  if (Number.isFinite(lo) && Number.isFinite(hi)) return toIso(Math.floor((lo + hi) / 2 / DAY_MS) * DAY_MS)
  if (Number.isFinite(hi)) return toIso(hi - 365 * DAY_MS)
  if (Number.isFinite(lo)) return toIso(lo + 30 * DAY_MS)
  return TODAY
}

const residentId = () => {
  const first17 = '44030419900517002'
  return first17 + residentIdCheckCharacter(first17)
}

/** A valid answer to one question; `last` picks the last option of each choice instead of the first. */
function answerFor(field: Field, last: boolean): unknown {
  switch (field.type) {
    case 'text':
    case 'long-text':
      return '1'.repeat(Math.max(field.minLength ?? 0, 2))
    case 'number':
      return field.min ?? Math.min(1, field.max ?? 1)
    case 'date':
      return validDate(field)
    case 'single-choice':
      return (last ? field.options.at(-1) : field.options[0])!.value
    case 'multiple-choice': {
      const count = Math.max(field.minSelected ?? 1, 1)
      const options = last ? [...field.options].reverse() : field.options
      return options.slice(0, count).map((o) => o.value)
    }
    case 'yes-no':
      return !last
    case 'resident-id':
      return residentId()
    case 'mobile':
      return '13800138000'
    case 'email':
      return 'citizen@example.com'
    case 'address':
      return { province: '广东省', city: '深圳市', district: '福田区', detail: '福华路1号2栋301' }
    case 'file':
      return [{ id: `u-${field.id}`, name: `${field.id}.pdf`, bytes: 1000, mediaType: field.accept[0] }]
  }
}

/** Walks the flow page by page as a citizen would, answering each page before Continue. */
function walk(flow: Flow, last: boolean): { answers: Answers; pages: string[] } {
  const answers: Answers = {}
  const pages: string[] = []
  for (let id = nextPage(flow, answers, null, at); id !== null; id = nextPage(flow, answers, id, at)) {
    if (pages.includes(id)) throw new Error(`page "${id}" came twice`)
    pages.push(id)
    const page = flow.pages.find((p) => p.id === id)!
    for (const field of page.fields) answers[field.id] = answerFor(field, last)
    const check = validatePage(flow, id, answers, 'en', at)
    if (!check.ok) throw new Error(`page "${id}": ${check.errors.map((e) => e.message).join('; ')}`)
  }
  for (const document of flow.documents)
    answers[document.id] = [
      { id: `u-${document.id}`, name: `${document.id}.pdf`, bytes: 1000, mediaType: document.accept[0] },
    ]
  return { answers, pages }
}

describe('channels the services promise', () => {
  it('every service of the city-centre hall has what its channels need', () => {
    expect(channelIssues(hall, fileOf)).toEqual([])
  })

  it('a service that says online without a form is reported, with its file', () => {
    const broken: Hall = {
      ...hall,
      services: hall.services.map((s) => (s.id === 'deed-tax' ? { ...s, flow: undefined } : s)),
    }
    expect(channelIssues(broken, fileOf)).toEqual([
      { file: fileOf('deed-tax'), path: 'channels', message: expect.stringContaining('no flow') },
    ])
  })

  it('a service whose department has no counter (and no one-stop window) cannot promise the counter or video', () => {
    const counters = hall.counters.filter((c) => c.departmentId !== 'taxation' && !c.oneStop)
    const noCounters: Hall = { ...hall, counters }
    const messages = channelIssues(noCounters, fileOf).map((i) => `${i.file} ${i.message}`)
    expect(messages).toContain(
      `${fileOf('deed-tax')} Says "counter" but no counter serves department "taxation"`,
    )
    expect(messages).toContain(
      `${fileOf('tax-payment-certificate')} Says "video" but no counter serves department "taxation"`,
    )
  })
})

describe('every form can be finished', () => {
  const online = hall.services.filter((s) => s.flow)
  it('covers all the services that say online', () => {
    expect(online.map((s) => s.id).sort()).toEqual(
      hall.services
        .filter((s) => s.channels.includes('online'))
        .map((s) => s.id)
        .sort(),
    )
  })

  for (const service of online)
    for (const last of [false, true])
      it(`${service.id}, ${last ? 'last' : 'first'} choices`, () => {
        const flow = service.flow!
        const { answers, pages } = walk(flow, last)
        expect(pages).toEqual(applicablePages(flow, answers, at).map((p) => p.id))
        for (const language of ['zh', 'en'] as const)
          expect(validateSubmission(flow, answers, language, at).errors).toEqual([])
      })
})
