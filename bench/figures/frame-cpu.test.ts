import { describe, expect, it } from 'vitest'
import { frameStatsNote } from './frame-cpu'

describe('frameStatsNote', () => {
  it('summarizes the medians of the runs that reported frame stats', () => {
    const reports = [
      { meanMs: 100, p95Ms: 300 },
      null,
      { meanMs: 140, p95Ms: 500 },
      { meanMs: 120, p95Ms: 400 },
    ]
    expect(frameStatsNote(reports)).toBe("; the hall's frameStats(): mean 120 ms, p95 400 ms a frame")
  })
  it('says nothing when the hall has no frame stats or they are malformed', () => {
    expect(frameStatsNote([null, null])).toBe('')
    expect(frameStatsNote([{ meanMs: 'fast' }])).toBe('')
  })
})
