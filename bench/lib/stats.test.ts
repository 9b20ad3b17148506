import { describe, expect, it } from 'vitest'
import { median, pairByRun, percentile, ratioSummary, summarize } from './stats'

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5)
    expect(median([3, 3, 1, 100, 2])).toBe(3)
  })
  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
  it('refuses an empty list and non-finite values', () => {
    expect(() => median([])).toThrow(RangeError)
    expect(() => median([1, Number.NaN])).toThrow(/finite/)
    expect(() => median([Infinity])).toThrow(/finite/)
  })
})

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i) // 100..1, unsorted on purpose
  it('p99 of 1..100 is 99, p50 is 50, p100 is the max', () => {
    expect(percentile(hundred, 99)).toBe(99)
    expect(percentile(hundred, 50)).toBe(50)
    expect(percentile(hundred, 100)).toBe(100)
  })
  it('p99 of a short list is its maximum', () => {
    expect(percentile([5, 1, 7], 99)).toBe(7)
  })
  it('rejects percentages outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError)
    expect(() => percentile([1], 101)).toThrow(RangeError)
  })
})

describe('summarize', () => {
  it('reports median, min, max, run count and the samples in run order', () => {
    expect(summarize([30, 10, 20, 50, 40])).toEqual({
      median: 30,
      min: 10,
      max: 50,
      runs: 5,
      samples: [30, 10, 20, 50, 40],
    })
  })
})

describe('ratioSummary', () => {
  it('compares paired runs one by one', () => {
    const r = ratioSummary([20, 40, 90], [10, 10, 30], true)
    expect(r.samples).toEqual([2, 4, 3])
    expect(r.median).toBe(3)
    expect([r.min, r.max]).toEqual([2, 4])
  })
  it('compares medians when the runs are not paired', () => {
    const r = ratioSummary([20, 40, 90], [10, 30], false)
    expect(r.median).toBe(2)
    expect(r.runs).toBe(1)
  })
  it('falls back to medians when paired lists differ in length', () => {
    expect(ratioSummary([10, 20, 30], [5, 5], true).median).toBe(4)
  })
})

describe('pairByRun', () => {
  it('keeps only the runs both sides measured, in the first list order', () => {
    const hall = [
      { run: 1, v: 10 },
      { run: 2, v: 20 },
      { run: 4, v: 40 },
    ]
    const bare = [
      { run: 2, v: 2 },
      { run: 3, v: 3 },
      { run: 4, v: 4 },
    ]
    expect(
      pairByRun(
        hall,
        bare,
        (s) => s.v,
        (s) => s.v,
      ),
    ).toEqual({ a: [20, 40], b: [2, 4] })
  })
  it('drops a pair when either value is missing', () => {
    const a = [
      { run: 1, v: 1 as number | null },
      { run: 2, v: null },
    ]
    const b = [
      { run: 1, v: 5 },
      { run: 2, v: 6 },
    ]
    expect(
      pairByRun(
        a,
        b,
        (s) => s.v,
        (s) => s.v,
      ),
    ).toEqual({ a: [1], b: [5] })
  })
})
