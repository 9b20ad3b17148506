import { describe, expect, it } from 'vitest'
import { evaluate, makeRow, unavailableRow } from './rows'

describe('makeRow', () => {
  it('passes a value budget on the median, not on the worst run', () => {
    const row = makeRow({
      id: 'calls',
      figure: 'draw calls',
      unit: 'calls',
      values: [50, 70, 55],
      budget: { on: 'value', op: '<=', limit: 60 },
    })
    expect(row.value).toMatchObject({ median: 55, min: 50, max: 70, runs: 3 })
    expect(row.status).toBe('pass')
  })
  it('fails a value budget the median exceeds', () => {
    const row = makeRow({
      id: 'js',
      figure: 'JS',
      unit: 'KiB',
      values: [451, 460, 470],
      budget: { on: 'value', op: '<=', limit: 450 },
    })
    expect(row.status).toBe('fail')
  })
  it('judges a ratio budget on the paired ratio', () => {
    const row = makeRow({
      id: 'ff',
      figure: 'first frame',
      unit: 'ms',
      values: [900, 1100, 1000],
      baseline: [400, 500, 400],
      budget: { on: 'ratio', op: '<=', limit: 2 },
    })
    expect(row.ratio?.samples).toEqual([2.25, 2.2, 2.5])
    expect(row.status).toBe('fail')
  })
  it('handles "at least" budgets', () => {
    const budget = { on: 'ratio', op: '>=', limit: 0.3 } as const
    const ok = makeRow({ id: 'f', figure: 'forms', unit: 'rows/s', values: [400], baseline: [1000], budget })
    const slow = makeRow({
      id: 'f',
      figure: 'forms',
      unit: 'rows/s',
      values: [200],
      baseline: [1000],
      budget,
    })
    expect([ok.status, slow.status]).toEqual(['pass', 'fail'])
  })
  it('reports a figure without a budget', () => {
    expect(makeRow({ id: 'cpu', figure: 'cpu', unit: 'ms/frame', values: [3], baseline: [1] }).status).toBe(
      'report',
    )
  })
  it('has no ratio without a baseline', () => {
    const row = makeRow({
      id: 'c',
      figure: 'c',
      unit: 'calls',
      values: [3],
      budget: { on: 'ratio', op: '<=', limit: 1.3 },
    })
    expect(row.ratio).toBeNull()
    expect(row.status).toBe('not available')
  })
})

describe('unavailableRow', () => {
  it('is never a pass, keeps the baseline and budget, and says why', () => {
    const row = unavailableRow({
      id: 'relay',
      figure: 'relay p99',
      unit: 'ms',
      baseline: [1, 2, 3],
      budget: { on: 'ratio', op: '<=', limit: 1.5 },
      reason: 'tickets have not landed',
    })
    expect(row.status).toBe('not available')
    expect(row.value).toBeNull()
    expect(row.baseline?.median).toBe(2)
    expect(row.ratio).toBeNull()
    expect(row.note).toBe('tickets have not landed')
  })
})

describe('evaluate', () => {
  it('compares exactly at the limit as within budget', () => {
    const at = { median: 60, min: 60, max: 60, runs: 1, samples: [60] }
    expect(evaluate({ value: at, ratio: null, budget: { on: 'value', op: '<=', limit: 60 } })).toBe('pass')
    expect(evaluate({ value: at, ratio: null, budget: { on: 'value', op: '>=', limit: 60 } })).toBe('pass')
    expect(evaluate({ value: at, ratio: null, budget: { on: 'value', op: '>=', limit: 61 } })).toBe('fail')
  })
})
