import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conditionSchema, evaluateCondition, isAnswered, type Condition } from './condition'

const answers = {
  applicant: 'child',
  age: 12,
  married: false,
  languages: ['zh', 'sign'],
  birth: '2015-03-07',
  blank: '  ',
}

describe('evaluateCondition', () => {
  it.each<[Condition, boolean]>([
    [{ field: 'applicant', equals: 'child' }, true],
    [{ field: 'applicant', equals: 'self' }, false],
    [{ field: 'married', equals: false }, true],
    [{ field: 'missing', equals: false }, false],
    [{ field: 'age', equals: '12' }, false],
    [{ field: 'applicant', in: ['self', 'child'] }, true],
    [{ field: 'applicant', in: ['self'] }, false],
    [{ field: 'languages', includes: 'sign' }, true],
    [{ field: 'languages', includes: 'en' }, false],
    [{ field: 'applicant', includes: 'c' }, false],
    [{ field: 'age', answered: true }, true],
    [{ field: 'blank', answered: true }, false],
    [{ field: 'blank', answered: false }, true],
    [{ field: 'missing', answered: false }, true],
    [{ field: 'age', gt: 11 }, true],
    [{ field: 'age', gt: 12 }, false],
    [{ field: 'age', gte: 12, lt: 16 }, true],
    [{ field: 'age', lte: 11 }, false],
    [{ field: 'applicant', gt: 1 }, false],
    [{ field: 'birth', gte: '2010-11-30' }, true],
    [{ field: 'birth', lt: '2015-03-07' }, false],
    [{ field: 'age', gt: '2010-01-01' }, false],
    [
      {
        all: [
          { field: 'applicant', equals: 'child' },
          { field: 'age', lt: 16 },
        ],
      },
      true,
    ],
    [
      {
        all: [
          { field: 'applicant', equals: 'child' },
          { field: 'age', gt: 16 },
        ],
      },
      false,
    ],
    [
      {
        any: [
          { field: 'applicant', equals: 'self' },
          { field: 'married', equals: false },
        ],
      },
      true,
    ],
    [
      {
        any: [
          { field: 'applicant', equals: 'self' },
          { field: 'married', equals: true },
        ],
      },
      false,
    ],
    [{ not: { field: 'married', equals: true } }, true],
    [{ not: { not: { field: 'married', equals: true } } }, false],
  ])('%j is %s', (cond, expected) => {
    expect(evaluateCondition(cond, answers)).toBe(expected)
  })

  it('is false for malformed conditions and answers instead of throwing', () => {
    expect(evaluateCondition(null, answers)).toBe(false)
    expect(evaluateCondition('applicant == child', answers)).toBe(false)
    expect(evaluateCondition({ field: 'applicant' }, answers)).toBe(false)
    expect(evaluateCondition({ all: 'x' }, answers)).toBe(false)
    expect(evaluateCondition({ all: [] }, answers)).toBe(false)
    expect(evaluateCondition({ not: 3 }, answers)).toBe(false)
    expect(evaluateCondition({ field: 'applicant', equals: 'child' }, null)).toBe(false)
    expect(evaluateCondition({ field: 'applicant', equals: 'child' }, ['child'])).toBe(false)
    const throwing = Object.defineProperty({}, 'field', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    expect(evaluateCondition(throwing, answers)).toBe(false)
  })

  it('never reads the prototype of the answers', () => {
    expect(evaluateCondition({ field: 'constructor', answered: true }, {})).toBe(false)
    expect(evaluateCondition({ field: 'toString', answered: false }, {})).toBe(true)
    const parsed = JSON.parse('{"__proto__": "x"}') as unknown
    expect(evaluateCondition({ field: '__proto__', equals: 'x' }, parsed)).toBe(true)
  })

  it('stops at a depth limit on cyclic or very deep conditions', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.not = cyclic
    expect(evaluateCondition(cyclic, answers)).toBe(false)
    let deep: unknown = { field: 'married', equals: false }
    for (let i = 0; i < 10_000; i++) deep = { all: [deep] }
    expect(evaluateCondition(deep, answers)).toBe(false)
  })

  it('returns a boolean for any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (cond, values) => {
        expect(typeof evaluateCondition(cond, values)).toBe('boolean')
      }),
    )
  })

  it('agrees with the schema: a condition the schema accepts over JSON answers never throws', () => {
    const leaf = fc.oneof(
      fc.record({
        field: fc.constantFrom('a', 'b'),
        equals: fc.oneof(fc.string(), fc.integer(), fc.boolean()),
      }),
      fc.record({ field: fc.constantFrom('a', 'b'), answered: fc.boolean() }),
      fc.record({ field: fc.constantFrom('a', 'b'), gte: fc.integer() }),
    )
    const cond = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
        fc.record({ not: tie('node') }),
      ),
    })).node
    fc.assert(
      fc.property(cond, fc.dictionary(fc.constantFrom('a', 'b'), fc.jsonValue()), (c, values) => {
        expect(conditionSchema.safeParse(c).success).toBe(true)
        const result = evaluateCondition(c, values)
        // not(x) is the negation of x whenever both are evaluated within the depth limit
        expect(evaluateCondition({ not: c }, values)).toBe(!result)
      }),
    )
  })
})

describe('conditionSchema', () => {
  it('rejects conditions with unknown or missing operators', () => {
    expect(conditionSchema.safeParse({ field: 'a', equals: 1, in: [1] }).success).toBe(false)
    expect(conditionSchema.safeParse({ field: 'a' }).success).toBe(false)
    expect(conditionSchema.safeParse({ field: 'a', gt: 'tomorrow' }).success).toBe(false)
    expect(conditionSchema.safeParse({ any: [] }).success).toBe(false)
    expect(conditionSchema.safeParse({ field: 'a', gt: '2020-01-01', lte: 5 }).success).toBe(true)
  })
})

describe('isAnswered', () => {
  it('treats missing, blank and empty values as unanswered', () => {
    expect([undefined, null, '', ' \u3000', [], {}, { province: ' ' }].map(isAnswered)).toEqual(
      Array(7).fill(false),
    )
    expect([0, false, 'x', ['a'], { city: 'x' }].map(isAnswered)).toEqual(Array(5).fill(true))
  })
})
