import { describe, expect, it } from 'vitest'
import { createWalkWorld } from '../../shared/walk/walk-world'
import { testHall } from '../../shared/walk/testing/halls'
import { checkTeleport } from './teleport-check'

// testHall: 20 x 16 m, counters at z = -4 (x -3, 0, 3), a closed room at x 6..9, z 2..5.
const world = createWalkWorld(testHall)
const from = [0, 6] as const

describe('checkTeleport', () => {
  it('accepts open floor', () => {
    expect(checkTeleport(world, [...from], [-2, 2])).toEqual({ ok: true, point: [-2, 2] })
  })

  it('refuses a spot on a counter or right against it', () => {
    expect(checkTeleport(world, [...from], [0, -4])).toEqual({ ok: false, reason: 'blocked' })
    expect(checkTeleport(world, [...from], [0, -3.4])).toEqual({ ok: false, reason: 'blocked' })
  })

  it('refuses a spot against a wall and outside the hall', () => {
    expect(checkTeleport(world, [...from], [-9.9, 0])).toEqual({ ok: false, reason: 'blocked' })
    expect(checkTeleport(world, [...from], [0, 9])).toEqual({ ok: false, reason: 'outside' })
  })

  it('refuses the inside of a closed room', () => {
    expect(checkTeleport(world, [...from], [7.5, 3.5])).toEqual({ ok: false, reason: 'unreachable' })
  })
})
