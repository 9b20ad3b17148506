import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { hallObstacles, type Obstacle } from './obstacle'
import { obstaclesOverlap, pointInObstacle } from './overlap'

const deg = (d: number) => (d * Math.PI) / 180

function box(center: [number, number], halfWidth: number, halfDepth: number, yawDeg = 0): Obstacle {
  return { id: 'box', kind: 'pillar', center, halfWidth, halfDepth, yaw: deg(yawDeg) }
}

describe('obstaclesOverlap', () => {
  const square = box([0, 0], 1, 1)

  it('separates axis-aligned rectangles with a gap and joins overlapping ones', () => {
    expect(obstaclesOverlap(square, box([2.5, 0], 1, 1))).toBe(false)
    expect(obstaclesOverlap(square, box([1.9, 0.5], 1, 1))).toBe(true)
  })

  it('treats rectangles that only touch as not overlapping', () => {
    expect(obstaclesOverlap(square, box([2, 0], 1, 1))).toBe(false)
    expect(obstaclesOverlap(square, box([2, 2], 1, 1))).toBe(false)
  })

  it('accounts for rotation: a square turned 45 degrees reaches further', () => {
    expect(obstaclesOverlap(square, box([2.3, 0], 1, 1))).toBe(false)
    expect(obstaclesOverlap(square, box([2.3, 0], 1, 1, 45))).toBe(true)
    expect(obstaclesOverlap(square, box([2.5, 0], 1, 1, 45))).toBe(false)
  })

  it('finds the separating axis of the rotated rectangle even when bounding boxes overlap', () => {
    // A thin plank along the diagonal x + z = const passes just beside the square's corner (1, 1).
    expect(obstaclesOverlap(square, box([1.1, 1.1], 2, 0.1, 45))).toBe(false)
    expect(obstaclesOverlap(square, box([1.05, 1.05], 2, 0.1, 45))).toBe(true)
  })

  it('uses the three.js yaw convention: yaw 90 turns width onto the z axis', () => {
    const plank = box([0, 0], 3, 0.2, 90)
    expect(obstaclesOverlap(plank, box([0, 2.5], 0.3, 0.3))).toBe(true)
    expect(obstaclesOverlap(plank, box([2.5, 0], 0.3, 0.3))).toBe(false)
  })

  it('is symmetric and agrees with a point found inside both', () => {
    const arbBox = fc
      .record({
        x: fc.double({ min: -5, max: 5, noNaN: true }),
        z: fc.double({ min: -5, max: 5, noNaN: true }),
        hw: fc.double({ min: 0.1, max: 3, noNaN: true }),
        hd: fc.double({ min: 0.1, max: 3, noNaN: true }),
        yaw: fc.double({ min: -180, max: 180, noNaN: true }),
      })
      .map((r) => box([r.x, r.z], r.hw, r.hd, r.yaw))
    fc.assert(
      fc.property(arbBox, arbBox, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
        expect(obstaclesOverlap(a, b)).toBe(obstaclesOverlap(b, a))
        // Any point on the segment between the centres that lies well inside both proves an overlap.
        const p: [number, number] = [
          a.center[0] + (b.center[0] - a.center[0]) * t,
          a.center[1] + (b.center[1] - a.center[1]) * t,
        ]
        if (pointInObstacle(p, a, -0.01) && pointInObstacle(p, b, -0.01))
          expect(obstaclesOverlap(a, b)).toBe(true)
        // Centres inside each other always overlap; rectangles further apart than their diagonals never do.
        if (pointInObstacle(b.center, a)) expect(obstaclesOverlap(a, b)).toBe(true)
        const reach = Math.hypot(a.halfWidth, a.halfDepth) + Math.hypot(b.halfWidth, b.halfDepth)
        if (Math.hypot(b.center[0] - a.center[0], b.center[1] - a.center[1]) > reach)
          expect(obstaclesOverlap(a, b)).toBe(false)
      }),
    )
  })

  it('lets the outer walls of a hall meet at the corners without overlapping', () => {
    const walls = hallObstacles({
      id: 'tiny',
      name: { zh: '小厅', en: 'Tiny' },
      size: { width: 10, depth: 6, height: 3 },
      spawn: { position: [0, 0], yaw: 0 },
      departments: [],
      counters: [],
      furniture: [],
      signs: [],
      walls: [],
    })
    for (const a of walls) for (const b of walls) if (a !== b) expect(obstaclesOverlap(a, b)).toBe(false)
  })
})

describe('pointInObstacle', () => {
  it('tests points in the rotated frame', () => {
    const plank = box([1, 1], 2, 0.5, 90)
    expect(pointInObstacle([1, 2.5], plank)).toBe(true)
    expect(pointInObstacle([2.5, 1], plank)).toBe(false)
  })

  it('grows the obstacle by the margin on every side', () => {
    const plank = box([0, 0], 2, 0.5, 90)
    expect(pointInObstacle([0.7, 0], plank)).toBe(false)
    expect(pointInObstacle([0.7, 0], plank, 0.3)).toBe(true)
    expect(pointInObstacle([0, 2.2], plank, 0.3)).toBe(true)
    expect(pointInObstacle([0, 2.4], plank, 0.3)).toBe(false)
  })

  it('counts the boundary as outside', () => {
    expect(pointInObstacle([1, 0], box([0, 0], 1, 1))).toBe(false)
  })
})
