import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { FloorPoint } from '../scene/schema'
import { findPath } from './find-path'
import { cellIndexAt, isFreeCell } from './occupancy-grid'
import { clearanceAt, segmentRectDistance } from './rect-geometry'
import { testHall } from './testing/halls'
import { createWalkWorld } from './walk-world'

const world = createWalkWorld(testHall)
const { grid, obstacles, radius } = world

function pathLength(from: FloorPoint, path: readonly FloorPoint[]): number {
  let length = 0
  let p = from
  for (const q of path) {
    length += Math.hypot(q[0] - p[0], q[1] - p[1])
    p = q
  }
  return length
}

/** The smallest gap between the body's centre line and any obstacle along the whole polyline. */
function closestApproach(from: FloorPoint, path: readonly FloorPoint[]): number {
  let best = Infinity
  let p = from
  for (const q of path) {
    for (const o of obstacles) best = Math.min(best, segmentRectDistance(o, p, q))
    p = q
  }
  return best
}

describe('occupancy grid', () => {
  it('blocks cells on and around obstacles and frees open floor', () => {
    expect(isFreeCell(grid, cellIndexAt(grid, [0, -4]))).toBe(false) // counter centre
    expect(isFreeCell(grid, cellIndexAt(grid, [0, -3.3]))).toBe(false) // within a radius of its front
    expect(isFreeCell(grid, cellIndexAt(grid, [0, -2.5]))).toBe(true)
    expect(isFreeCell(grid, cellIndexAt(grid, [-9.9, 0]))).toBe(false) // against the outer wall
    expect(isFreeCell(grid, cellIndexAt(grid, [30, 0]))).toBe(false) // outside the hall
  })

  it('puts a closed room in a region of its own', () => {
    const inside = cellIndexAt(grid, [7.5, 3.5])
    const outside = cellIndexAt(grid, [0, 0])
    expect(isFreeCell(grid, inside)).toBe(true)
    expect(grid.region[inside]).not.toBe(grid.region[outside])
  })
})

describe('findPath', () => {
  it('goes straight on open floor and ends exactly at the target', () => {
    expect(findPath(grid, [0, 5], [4, 2])).toEqual([[4, 2]])
  })

  it('returns no waypoints when already at the target', () => {
    expect(findPath(grid, [1, 1], [1, 1])).toEqual([])
  })

  it('walks around the row of counters instead of through it', () => {
    // The gaps between the counters are 0.6 m, too narrow, so the way round is past the end of the row.
    const from: FloorPoint = [0, -2]
    const path = findPath(grid, from, [0, -6])
    expect(path).not.toBeNull()
    expect(path!.at(-1)).toEqual([0, -6])
    expect(closestApproach(from, path!)).toBeGreaterThanOrEqual(radius - 1e-9)
    // Round the end of the row (x = 4.2, z -3.5..-4.5) and back; no body of radius 0.3 does it in less
    // than 2 * hypot(4.5, 1.5) + 1 = 10.49 m, and a good plan is not much longer.
    const length = pathLength(from, path!)
    expect(length).toBeGreaterThan(10.45)
    expect(length).toBeLessThan(11.5)
    // String pulling leaves a few corners, not a staircase of cells.
    expect(path!.length).toBeLessThanOrEqual(5)
  })

  it('returns null for a target in a closed room', () => {
    expect(findPath(grid, [0, 5], [7.5, 3.5])).toBeNull()
  })

  it('returns null for a target with no reachable floor within reach', () => {
    expect(findPath(grid, [0, 5], [40, 40])).toBeNull()
  })

  it('snaps a target on a wall to the reachable side of it, never into the closed room', () => {
    // The room's south wall runs along z = 2; the free floor just inside it is nearer to some points.
    const path = findPath(grid, [0, 5], [7.5, 2.04])
    expect(path).not.toBeNull()
    const end = path!.at(-1)!
    expect(end[1]).toBeLessThan(2 - 0.1 - radius)
    expect(Math.abs(end[0] - 7.5)).toBeLessThan(0.2)
  })

  it('stops in front of a counter when its middle is clicked', () => {
    const path = findPath(grid, [0, 4], [0, -4])
    expect(path).not.toBeNull()
    const end = path!.at(-1)!
    expect(end[1]).toBeGreaterThan(-3.5 + radius)
    expect(end[1]).toBeLessThan(-3.5 + grid.clearance + grid.cellSize)
    expect(Math.abs(end[0])).toBeLessThan(1.2)
    expect(clearanceAt(obstacles, end)).toBeGreaterThanOrEqual(radius)
  })

  it('walks up to the side of a counter when that side is clicked', () => {
    const path = findPath(grid, [8, -4], [4.1, -4])
    expect(path).not.toBeNull()
    const end = path!.at(-1)!
    expect(end[0]).toBeGreaterThan(4.2 + radius)
    expect(end[0]).toBeLessThan(4.2 + grid.clearance + grid.cellSize)
    expect(Math.abs(end[1] + 4)).toBeLessThan(0.5)
  })

  it('leaves from a start pressed against a wall', () => {
    const from: FloorPoint = [-8 + 0.025 + radius + 1e-5, 0]
    const path = findPath(grid, from, [-4, 3])
    expect(path).not.toBeNull()
    expect(path!.at(-1)).toEqual([-4, 3])
  })

  it('finds clear paths between random open points (property)', () => {
    const point = fc.tuple(
      fc.double({ min: -9.5, max: 9.5, noNaN: true }),
      fc.double({ min: -7.5, max: 7.5, noNaN: true }),
    )
    fc.assert(
      fc.property(point, point, (from, to) => {
        fc.pre(clearanceAt(obstacles, from) >= grid.clearance && clearanceAt(obstacles, to) >= grid.clearance)
        const inRoom = (p: FloorPoint) => p[0] > 6 && p[0] < 9 && p[1] > 2 && p[1] < 5
        const path = findPath(grid, from, to)
        if (inRoom(from) !== inRoom(to)) return path === null
        if (!path) return false
        const end = path.at(-1) ?? from
        return (
          Math.hypot(end[0] - to[0], end[1] - to[1]) < 1e-6 &&
          // Cell-to-cell legs may shave a corner by a few centimetres; never by a body width.
          closestApproach(from, path) > radius - 0.1
        )
      }),
      { numRuns: 150 },
    )
  })
})
