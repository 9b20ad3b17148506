import { describe, expect, it } from 'vitest'
import { createFrameTimes } from './frame-stats'

describe('createFrameTimes', () => {
  it('reports zeros before any frame', () => {
    expect(createFrameTimes().stats()).toEqual({ frames: 0, meanMs: 0, p95Ms: 0, worstMs: 0, fps: 0 })
  })

  it('summarises the last frames only, once the ring is full', () => {
    const ring = createFrameTimes(20)
    for (let i = 0; i < 5; i++) ring.add(1000) // pushed out below
    for (let i = 1; i <= 20; i++) ring.add(i * 5) // 5..100 ms
    const stats = ring.stats()
    expect(stats.frames).toBe(20)
    expect(stats.meanMs).toBeCloseTo(52.5)
    expect(stats.worstMs).toBe(100)
    expect(stats.p95Ms).toBe(95)
    expect(stats.fps).toBeCloseTo(19)
  })
})
