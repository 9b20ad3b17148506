import { describe, expect, it } from 'vitest'
import { RATING_LEVELS, isRatingLevel, opensFollowUp } from './levels'

describe('rating levels', () => {
  it('lists five levels best first, each labelled in Chinese and English', () => {
    expect(RATING_LEVELS.map((l) => l.level)).toEqual([5, 4, 3, 2, 1])
    for (const l of RATING_LEVELS) {
      expect(l.label.zh).toMatch(/满意/)
      expect(l.label.en.length).toBeGreaterThan(3)
    }
    expect(new Set(RATING_LEVELS.map((l) => l.id)).size).toBe(5)
  })

  it('opens a follow-up for dissatisfied and very dissatisfied only', () => {
    expect([5, 4, 3, 2, 1].map(opensFollowUp)).toEqual([false, false, false, true, true])
    for (const odd of [0, -1, 2.5, Number.NaN, 6]) expect(opensFollowUp(odd)).toBe(false)
  })

  it('knows what a level is', () => {
    expect(isRatingLevel(3)).toBe(true)
    expect(isRatingLevel('3')).toBe(false)
    expect(isRatingLevel(0)).toBe(false)
  })
})
