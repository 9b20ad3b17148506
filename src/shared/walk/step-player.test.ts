import { describe, expect, it } from 'vitest'
import type { FloorPoint } from '../scene/schema'
import { circlePenetration } from './collision'
import { findPath } from './find-path'
import {
  DEFAULT_WALK_SETTINGS,
  moveDirection,
  stepPlayer,
  wrapAngle,
  type WalkInput,
  type WalkState,
} from './step-player'
import { testHall } from './testing/halls'
import { createWalkWorld } from './walk-world'

const world = createWalkWorld(testHall)
const idle: WalkInput = { move: [0, 0], turn: 0 }
const forward: WalkInput = { move: [0, 1], turn: 0 }
const at = (position: FloorPoint, yaw = 0): WalkState => ({
  position,
  yaw,
  path: [],
  target: null,
  blockedTime: 0,
})

function run(state: WalkState, input: WalkInput, seconds: number, dt = 1 / 60): WalkState {
  let s = state
  for (let t = 0; t < seconds - 1e-9; t += dt) s = stepPlayer(s, input, dt, world)
  return s
}

describe('moveDirection', () => {
  it('maps forward and right onto the three.js camera axes', () => {
    const f = moveDirection(0, [0, 1])
    expect(f[0]).toBeCloseTo(0, 12)
    expect(f[1]).toBeCloseTo(-1, 12)
    expect(moveDirection(0, [1, 0])[0]).toBeCloseTo(1, 12)
    // A quarter turn left (yaw +90 deg) looks toward -x.
    expect(moveDirection(Math.PI / 2, [0, 1])[0]).toBeCloseTo(-1, 12)
    expect(moveDirection(Math.PI / 2, [1, 0])[1]).toBeCloseTo(-1, 12)
  })
})

describe('stepPlayer with keys', () => {
  it('walks forward at walking speed', () => {
    const s = run(at([0, 5]), forward, 1)
    expect(s.position[0]).toBeCloseTo(0, 9)
    expect(s.position[1]).toBeCloseTo(5 - DEFAULT_WALK_SETTINGS.speed, 6)
  })

  it('walks relative to the view yaw', () => {
    const s = run(at([0, 5], Math.PI / 2), { move: [0, 1], turn: 0 }, 0.5)
    expect(s.position[0]).toBeCloseTo(-0.8, 6)
    expect(s.position[1]).toBeCloseTo(5, 9)
  })

  it('does not walk faster diagonally', () => {
    const s = stepPlayer(at([0, 5]), { move: [1, 1], turn: 0 }, 0.5, world)
    expect(Math.hypot(s.position[0], s.position[1] - 5)).toBeCloseTo(0.8, 6)
  })

  it('takes speed from the settings', () => {
    const s = stepPlayer(at([0, 5]), forward, 1, world, { ...DEFAULT_WALK_SETTINGS, speed: 0.5 })
    expect(s.position[1]).toBeCloseTo(4.5, 9)
  })

  it('turns with the turn input, right being clockwise', () => {
    const s = run(at([0, 5]), { move: [0, 0], turn: 1 }, 1)
    expect(s.yaw).toBeCloseTo(-DEFAULT_WALK_SETTINGS.turnSpeed, 6)
    expect(s.position).toEqual([0, 5])
  })

  it('is stopped by a counter, even with a 60 s frame', () => {
    const s = stepPlayer(at([0, -1]), forward, 60, world)
    expect(s.position[1]).toBeCloseTo(-3.5 + world.radius, 4)
  })

  it('is stopped by a thin wall, even with a 60 s frame', () => {
    const s = stepPlayer(at([-6, 0], Math.PI / 2), forward, 60, world)
    expect(s.position[0]).toBeCloseTo(-8 + 0.025 + world.radius, 4)
  })

  it('returns the same state when nothing happens', () => {
    const state = at([1, 2])
    expect(stepPlayer(state, idle, 1 / 60, world)).toBe(state)
  })
})

describe('stepPlayer following a path', () => {
  it('walks a planned path round the counters to the target without turning', () => {
    const from: FloorPoint = [0, -2]
    const path = findPath(world.grid, from, [0, -6])!
    let s: WalkState = { ...at(from, 0.3), path, target: [0, -6] }
    let seconds = 0
    while (s.target && seconds < 30) {
      s = stepPlayer(s, idle, 1 / 30, world)
      seconds += 1 / 30
      expect(circlePenetration(world.obstacles, s.position, world.radius)).toBeLessThan(1e-6)
    }
    expect(s.target).toBeNull()
    expect(s.path).toEqual([])
    expect(Math.hypot(s.position[0], s.position[1] + 6)).toBeLessThan(
      DEFAULT_WALK_SETTINGS.arriveDistance + 1e-9,
    )
    expect(s.yaw).toBe(0.3)
    // About 11 m at 1.6 m/s.
    expect(seconds).toBeGreaterThan(6)
    expect(seconds).toBeLessThan(8)
  })

  it('keeps the leftover distance when passing a waypoint', () => {
    const s = stepPlayer(
      {
        ...at([0, 0]),
        path: [
          [0.5, 0],
          [0.5, 2],
        ],
        target: [0.5, 2],
      },
      idle,
      1,
      world,
    )
    expect(s.position[0]).toBeCloseTo(0.5, 9)
    expect(s.position[1]).toBeCloseTo(1.1, 9)
    expect(s.path).toEqual([[0.5, 2]])
  })

  it('lets keys take over from a path', () => {
    const s = stepPlayer({ ...at([0, 0]), path: [[3, 0]], target: [3, 0] }, forward, 0.1, world)
    expect(s.path).toEqual([])
    expect(s.target).toBeNull()
    expect(s.position[1]).toBeLessThan(0)
  })

  it('gives up a path that runs into a wall', () => {
    let s: WalkState = { ...at([-6, 0]), path: [[-9.5, 0]], target: [-9.5, 0] }
    s = run(s, idle, 3)
    expect(s.target).toBeNull()
    expect(s.path).toEqual([])
    expect(s.position[0]).toBeCloseTo(-8 + 0.025 + world.radius, 4)
  })
})

describe('wrapAngle', () => {
  it('wraps into (-PI, PI]', () => {
    expect(wrapAngle(3 * Math.PI)).toBeCloseTo(Math.PI, 12)
    expect(wrapAngle(-Math.PI)).toBeCloseTo(Math.PI, 12)
    expect(wrapAngle((-3 * Math.PI) / 2)).toBeCloseTo(Math.PI / 2, 12)
    expect(wrapAngle(0.25)).toBe(0.25)
  })
})
