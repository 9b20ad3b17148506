import { describe, expect, it } from 'vitest'
import { COMFORT_FADE, createFader, fadeOpacity } from './fade'

const d = { out: 150, in: 150 }

describe('fadeOpacity', () => {
  it('darkens over the fade out, then clears over the fade in', () => {
    expect(fadeOpacity(-10, d)).toBe(0)
    expect(fadeOpacity(0, d)).toBe(0)
    expect(fadeOpacity(75, d)).toBeCloseTo(0.5)
    expect(fadeOpacity(150, d)).toBe(1)
    expect(fadeOpacity(225, d)).toBeCloseTo(0.5)
    expect(fadeOpacity(300, d)).toBe(0)
    expect(fadeOpacity(1000, d)).toBe(0)
  })

  it('follows uneven durations', () => {
    const uneven = { out: 100, in: 400 }
    expect(fadeOpacity(50, uneven)).toBeCloseTo(0.5)
    expect(fadeOpacity(200, uneven)).toBeCloseTo(0.75)
  })

  it('is quick: under half a second in all', () => {
    expect(COMFORT_FADE.out + COMFORT_FADE.in).toBeLessThanOrEqual(500)
    expect(COMFORT_FADE.out).toBeGreaterThan(0)
  })
})

describe('createFader', () => {
  it('jumps only once the view is dark, then fades back', () => {
    const fader = createFader(d)
    const jumps: number[] = []
    fader.request(() => jumps.push(1), 1000)
    expect(fader.active).toBe(true)
    expect(fader.step(1075)).toBeCloseTo(0.5)
    expect(jumps).toEqual([])
    expect(fader.step(1160)).toBe(1)
    expect(jumps).toEqual([1])
    expect(fader.step(1235)).toBeCloseTo(0.5)
    expect(fader.step(1400)).toBe(0)
    expect(fader.active).toBe(false)
    expect(jumps).toEqual([1])
  })

  it('shows a dark frame for the jump even when one frame spans the whole fade', () => {
    const fader = createFader(d)
    let jumped = false
    fader.request(() => (jumped = true), 0)
    expect(fader.step(500)).toBe(1)
    expect(jumped).toBe(true)
    expect(fader.step(900)).toBe(0)
  })

  it('runs jumps requested while darkening together, in order', () => {
    const fader = createFader(d)
    const jumps: string[] = []
    fader.request(() => jumps.push('a'), 0)
    fader.step(50)
    fader.request(() => jumps.push('b'), 60)
    fader.step(150)
    expect(jumps).toEqual(['a', 'b'])
  })

  it('darkens again from where it is for a jump requested while clearing', () => {
    const fader = createFader(d)
    const jumps: string[] = []
    fader.request(() => jumps.push('a'), 0)
    fader.step(150)
    expect(fader.step(225)).toBeCloseTo(0.5)
    fader.request(() => jumps.push('b'), 225)
    // Restarted at half dark: dark again 75 ms later, not 150.
    expect(fader.step(260)).toBeGreaterThan(0.5)
    expect(jumps).toEqual(['a'])
    expect(fader.step(300)).toBe(1)
    expect(jumps).toEqual(['a', 'b'])
  })

  it('flush runs what is queued and stops', () => {
    const fader = createFader(d)
    let jumped = false
    fader.request(() => (jumped = true), 0)
    fader.flush()
    expect(jumped).toBe(true)
    expect(fader.active).toBe(false)
    expect(fader.step(100)).toBe(0)
  })
})
