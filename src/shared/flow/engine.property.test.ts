import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applicablePages,
  countingAnswers,
  firstInvalidPage,
  nextPage,
  previousPage,
  unknownAnswerIds,
  validatePage,
  validateSubmission,
} from './engine'
import { TODAY, branchingFlow as flow } from './testing/branching-flow'
import { isAnswered } from './condition'
import { summary } from './summary'
import { taskList } from './task-list'

const opts = { today: TODAY }
const fieldIds = flow.pages.flatMap((p) => p.fields.map((f) => f.id))
const knownIds = [...fieldIds, ...flow.documents.map((d) => d.id)]
const pageIds = flow.pages.map((p) => p.id)

/** Values that exercise the branches (real option values, booleans) mixed with arbitrary JSON. */
const value = fc.oneof(
  fc.constantFrom(
    'self',
    'child',
    'yes',
    'no',
    true,
    false,
    'zh',
    '13800138000',
    '11010519491231002X',
    '2015-03-07',
  ),
  fc.constantFrom(['zh'], ['zh', 'en'], ['sign'], { province: 'x', city: 'y', district: 'z', detail: 'w' }),
  fc.jsonValue(),
)
const answers = fc.oneof(
  fc.dictionary(
    fc.oneof(
      fc.constantFrom(...knownIds),
      fc.string(),
      fc.constantFrom('constructor', '__proto__', 'toString'),
    ),
    value,
  ),
  fc.jsonValue(),
)
const pageId = fc.oneof(fc.constantFrom(...pageIds), fc.string())

describe('the engine on arbitrary answers', () => {
  it('never throws and always answers in the expected shape', () => {
    fc.assert(
      fc.property(answers, pageId, fc.constantFrom('zh', 'en'), (a, page, language) => {
        expect(Array.isArray(applicablePages(flow, a, opts))).toBe(true)
        const next = nextPage(flow, a, page, opts)
        expect(next === null || pageIds.includes(next)).toBe(true)
        const previous = previousPage(flow, a, page, opts)
        expect(previous === null || pageIds.includes(previous)).toBe(true)
        const pageResult = validatePage(flow, page, a, language, opts)
        expect(pageResult.ok).toBe(pageResult.errors.length === 0)
        for (const error of pageResult.errors) expect(error.message.length).toBeGreaterThan(0)
        const submission = validateSubmission(flow, a, language, opts)
        expect(submission.ok).toBe(submission.errors.length === 0)
        expect(Array.isArray(unknownAnswerIds(flow, a))).toBe(true)
        expect(typeof firstInvalidPage(flow, a, opts)).not.toBe('undefined')
        for (const row of summary(flow, a, language, opts)) expect(typeof row.valueText).toBe('string')
        for (const task of taskList(flow, a, opts))
          expect(['not-started', 'in-progress', 'completed']).toContain(task.status)
      }),
      { numRuns: 300 },
    )
  })

  it('counts only answers to fields on pages that apply, and only known ids', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const applicable = applicablePages(flow, a, opts)
        const allowed = new Set([
          ...applicable.flatMap((p) => p.fields.map((f) => f.id)),
          ...flow.documents.map((d) => d.id),
        ])
        const counting = countingAnswers(flow, a, opts)
        for (const id of Object.keys(counting)) {
          expect(allowed.has(id), id).toBe(true)
          expect(isAnswered(counting[id])).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('is stable: counting the counted answers changes nothing, and the branch stays the same', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const counting = countingAnswers(flow, a, opts)
        expect(countingAnswers(flow, counting, opts)).toEqual(counting)
        expect(applicablePages(flow, counting, opts).map((p) => p.id)).toEqual(
          applicablePages(flow, a, opts).map((p) => p.id),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('walks forward and back over the same pages', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const forward: string[] = []
        for (
          let p = nextPage(flow, a, null, opts);
          p && forward.length <= pageIds.length;
          p = nextPage(flow, a, p, opts)
        )
          forward.push(p)
        const back: string[] = []
        for (
          let p = previousPage(flow, a, null, opts);
          p && back.length <= pageIds.length;
          p = previousPage(flow, a, p, opts)
        )
          back.push(p)
        expect(back.reverse()).toEqual(forward)
        expect(forward).toEqual(applicablePages(flow, a, opts).map((p) => p.id))
      }),
      { numRuns: 200 },
    )
  })
})
