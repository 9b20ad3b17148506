import { afterEach, describe, expect, it } from 'vitest'
import { markLoad } from './load-marks'

describe('markLoad', () => {
  afterEach(() => performance.clearMarks())

  it('records onehall:<step> as a Performance mark', () => {
    markLoad('models')
    const marks = performance.getEntriesByName('onehall:models', 'mark')
    expect(marks).toHaveLength(1)
  })

  it('keeps the first moment of a step only', () => {
    markLoad('signs')
    const first = performance.getEntriesByName('onehall:signs', 'mark')[0]?.startTime
    markLoad('signs')
    const marks = performance.getEntriesByName('onehall:signs', 'mark')
    expect(marks).toHaveLength(1)
    expect(marks[0]?.startTime).toBe(first)
  })
})
