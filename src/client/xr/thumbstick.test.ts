import { describe, expect, it } from 'vitest'
import { applyDeadZone, createPress, createSnapTurn } from './thumbstick'

describe('thumbstick helpers', () => {
  it('removes the dead zone and keeps full travel', () => {
    expect(applyDeadZone(0.1)).toBe(0)
    expect(applyDeadZone(1)).toBe(1)
    expect(applyDeadZone(-0.6)).toBeCloseTo(-0.5)
  })

  it('turns once per push', () => {
    const snap = createSnapTurn()
    expect([0.2, 0.7, 0.9, 0.8, 0.1, -0.9, -0.9].map(snap)).toEqual([0, 1, 0, 0, 0, -1, 0])
  })

  it('fires a button once per press', () => {
    const press = createPress()
    expect([false, true, true, false, true].map(press)).toEqual([false, true, false, false, true])
  })
})
