import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { FloorPoint } from '../scene/schema'
import { CONTACT_TOLERANCE, circlePenetration, moveWithCollision } from './collision'
import { hallObstacles, type Obstacle } from './obstacle'
import { splitHall, testHall } from './testing/halls'

const R = 0.3
const obstacles = hallObstacles(testHall)
const clearOf = (list: readonly Obstacle[], p: FloorPoint) =>
  circlePenetration(list, p, R) <= CONTACT_TOLERANCE

describe('moveWithCollision', () => {
  it('moves freely on open floor', () => {
    const [x, z] = moveWithCollision([0, 5], [1, -0.5], obstacles, R)
    expect(x).toBeCloseTo(1, 9)
    expect(z).toBeCloseTo(4.5, 9)
  })

  it('stops at the front of a counter even when asked to go 100 m through it', () => {
    // Counter c2: centre (0, -4), 2.4 x 1.0, so its front face is at z = -3.5.
    const [x, z] = moveWithCollision([0, -2], [0, -100], obstacles, R)
    expect(z).toBeCloseTo(-3.5 + R, 4)
    expect(x).toBeCloseTo(0, 6)
  })

  it('does not tunnel through a 5 cm wall in one huge step', () => {
    const [x] = moveWithCollision([-7, 0], [-50, 0], obstacles, R)
    expect(x).toBeCloseTo(-8 + 0.025 + R, 4)
  })

  it('slides along a wall when walking into it at an angle', () => {
    const [x, z] = moveWithCollision([-7, 0], [-1, 1], obstacles, R)
    expect(x).toBeCloseTo(-8 + 0.025 + R, 4)
    // The push-out removes only the part of the move into the wall; the part along it remains.
    expect(z).toBeGreaterThan(0.95)
    expect(z).toBeLessThanOrEqual(1 + 1e-9)
  })

  it('slides along a rotated obstacle', () => {
    const diamond: Obstacle = {
      id: 'd',
      kind: 'pillar',
      center: [0, 0],
      halfWidth: 1,
      halfDepth: 1,
      yaw: Math.PI / 4,
    }
    // Walking straight at the top corner region from above-left: ends clear, and moved sideways.
    const end = moveWithCollision([-0.2, 3], [0, -4], [diamond], R)
    expect(clearOf([diamond], end)).toBe(true)
    expect(end[0]).toBeLessThan(-0.2)
  })

  it('does not squeeze through a gap narrower than the body', () => {
    const left: Obstacle = {
      id: 'l',
      kind: 'pillar',
      center: [-0.7, 0],
      halfWidth: 0.5,
      halfDepth: 0.5,
      yaw: 0,
    }
    const right: Obstacle = {
      id: 'r',
      kind: 'pillar',
      center: [0.7, 0],
      halfWidth: 0.5,
      halfDepth: 0.5,
      yaw: 0,
    }
    const end = moveWithCollision([0, 2], [0, -4], [left, right], R)
    expect(end[1]).toBeGreaterThan(0.5)
    expect(clearOf([left, right], end)).toBe(true)
  })

  it('passes through a gap wider than the body', () => {
    const left: Obstacle = {
      id: 'l',
      kind: 'pillar',
      center: [-0.85, 0],
      halfWidth: 0.5,
      halfDepth: 0.5,
      yaw: 0,
    }
    const right: Obstacle = {
      id: 'r',
      kind: 'pillar',
      center: [0.85, 0],
      halfWidth: 0.5,
      halfDepth: 0.5,
      yaw: 0,
    }
    const end = moveWithCollision([0, 2], [0, -4], [left, right], R)
    expect(end[1]).toBeCloseTo(-2, 6)
  })

  it('pushes a walker that starts overlapping an obstacle out of it', () => {
    const end = moveWithCollision([0, -3.4], [0, 0], obstacles, R)
    expect(clearOf(obstacles, end)).toBe(true)
    expect(end[1]).toBeCloseTo(-3.5 + R, 4)
  })

  it('never ends overlapping anything, whatever the move (property)', () => {
    const coordinate = fc.double({ min: -9.7, max: 9.7, noNaN: true })
    const step = fc.double({ min: -30, max: 30, noNaN: true })
    fc.assert(
      fc.property(coordinate, coordinate, step, step, (x, z, dx, dz) => {
        const start: FloorPoint = [x, z * 0.78]
        fc.pre(clearOf(obstacles, start))
        return clearOf(obstacles, moveWithCollision(start, [dx, dz], obstacles, R))
      }),
      { numRuns: 500 },
    )
  })

  it('never ends overlapping random rotated obstacles (property)', () => {
    const obstacle = fc.record({
      x: fc.double({ min: -4, max: 4, noNaN: true }),
      z: fc.double({ min: -4, max: 4, noNaN: true }),
      w: fc.double({ min: 0.025, max: 2, noNaN: true }),
      d: fc.double({ min: 0.025, max: 2, noNaN: true }),
      yaw: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
    })
    fc.assert(
      fc.property(
        fc.array(obstacle, { minLength: 1, maxLength: 12 }),
        fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })),
        fc.tuple(
          fc.double({ min: -12, max: 12, noNaN: true }),
          fc.double({ min: -12, max: 12, noNaN: true }),
        ),
        (specs, start, delta) => {
          const list: Obstacle[] = specs.map((s, i) => ({
            id: `o${i}`,
            kind: 'pillar',
            center: [s.x, s.z],
            halfWidth: s.w,
            halfDepth: s.d,
            yaw: s.yaw,
          }))
          fc.pre(clearOf(list, start))
          return clearOf(list, moveWithCollision(start, delta, list, R))
        },
      ),
      { numRuns: 400 },
    )
  })

  it('never gets across a wall that splits the hall, in any number of moves (property)', () => {
    const split = hallObstacles(splitHall)
    const move = fc.tuple(
      fc.double({ min: -20, max: 20, noNaN: true }),
      fc.double({ min: -20, max: 20, noNaN: true }),
    )
    fc.assert(
      fc.property(
        fc.double({ min: -4.6, max: 4.6, noNaN: true }),
        fc.array(move, { maxLength: 8 }),
        (x, moves) => {
          let p: FloorPoint = [x, -1]
          for (const m of moves) {
            p = moveWithCollision(p, m, split, R)
            if (p[1] >= 0) return false
          }
          return clearOf(split, p)
        },
      ),
      { numRuns: 300 },
    )
  })
})
