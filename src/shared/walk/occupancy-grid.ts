import type { FloorPoint } from '../scene/schema'
import type { Obstacle } from './obstacle'
import { boundingExtent, rectContact, segmentRectDistance } from './rect-geometry'

/** The walkable floor rectangle, in metres. */
export type WalkBounds = { minX: number; maxX: number; minZ: number; maxZ: number }

/**
 * The floor cut into square cells, each free or blocked for a walker of `radius`: a cell is blocked when
 * its centre lies closer than `clearance` (radius plus a margin) to an obstacle. Free cells carry the
 * number of the connected region they belong to, so "can I get there at all" is a lookup.
 */
export type OccupancyGrid = {
  bounds: WalkBounds
  cellSize: number
  cols: number
  rows: number
  radius: number
  clearance: number
  /** 1 for blocked cells, row-major (index = row * cols + col). */
  blocked: Uint8Array
  /** Connected region of each free cell (4-neighbour), 0 for blocked cells. */
  region: Int32Array
  obstacles: readonly Obstacle[]
}

export type GridOptions = {
  /** @default 0.25 */
  cellSize?: number
  /** Extra space kept between the walker and obstacles when planning, in metres. @default 0.05 */
  margin?: number
}

/** Builds the occupancy grid for a walker of `radius` among `obstacles` inside `bounds`. */
export function buildOccupancyGrid(
  obstacles: readonly Obstacle[],
  bounds: WalkBounds,
  radius: number,
  { cellSize = 0.25, margin = 0.05 }: GridOptions = {},
): OccupancyGrid {
  const cols = Math.max(1, Math.ceil((bounds.maxX - bounds.minX) / cellSize))
  const rows = Math.max(1, Math.ceil((bounds.maxZ - bounds.minZ) / cellSize))
  const clearance = radius + margin
  const blocked = new Uint8Array(cols * rows)
  for (const o of obstacles) {
    const [ex, ez] = boundingExtent(o)
    const c0 = Math.max(0, Math.floor((o.center[0] - ex - clearance - bounds.minX) / cellSize))
    const c1 = Math.min(cols - 1, Math.floor((o.center[0] + ex + clearance - bounds.minX) / cellSize))
    const r0 = Math.max(0, Math.floor((o.center[1] - ez - clearance - bounds.minZ) / cellSize))
    const r1 = Math.min(rows - 1, Math.floor((o.center[1] + ez + clearance - bounds.minZ) / cellSize))
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const i = r * cols + c
        if (blocked[i]) continue
        const centre: FloorPoint = [bounds.minX + (c + 0.5) * cellSize, bounds.minZ + (r + 0.5) * cellSize]
        if (rectContact(o, centre).distance < clearance) blocked[i] = 1
      }
    }
  }
  const grid = { bounds, cellSize, cols, rows, radius, clearance, blocked, obstacles }
  return { ...grid, region: labelRegions(cols, rows, blocked) }
}

function labelRegions(cols: number, rows: number, blocked: Uint8Array): Int32Array {
  const region = new Int32Array(cols * rows)
  const stack: number[] = []
  let next = 0
  for (let start = 0; start < region.length; start++) {
    if (blocked[start] || region[start]) continue
    next++
    region[start] = next
    stack.push(start)
    while (stack.length > 0) {
      const i = stack.pop()!
      const c = i % cols
      const visit = (n: number) => {
        if (n < 0 || n >= region.length || blocked[n] || region[n]) return
        region[n] = next
        stack.push(n)
      }
      if (c > 0) visit(i - 1)
      if (c < cols - 1) visit(i + 1)
      visit(i - cols)
      visit(i + cols)
    }
  }
  return region
}

/** The cell index holding a point, or -1 outside the grid. */
export function cellIndexAt(grid: OccupancyGrid, [x, z]: FloorPoint): number {
  const c = Math.floor((x - grid.bounds.minX) / grid.cellSize)
  const r = Math.floor((z - grid.bounds.minZ) / grid.cellSize)
  if (c < 0 || r < 0 || c >= grid.cols || r >= grid.rows) return -1
  return r * grid.cols + c
}

/** The centre of a cell. */
export function cellCentre(grid: OccupancyGrid, index: number): FloorPoint {
  const c = index % grid.cols
  const r = Math.floor(index / grid.cols)
  return [grid.bounds.minX + (c + 0.5) * grid.cellSize, grid.bounds.minZ + (r + 0.5) * grid.cellSize]
}

/** Whether a cell exists and is free. */
export function isFreeCell(grid: OccupancyGrid, index: number): boolean {
  return index >= 0 && index < grid.blocked.length && grid.blocked[index] === 0
}

/**
 * The free cell nearest to a point (by distance to its centre) within `maxDistance` metres, optionally
 * only in one region; -1 if there is none. Points outside the grid search from its edge.
 */
export function nearestFreeCell(
  grid: OccupancyGrid,
  point: FloorPoint,
  maxDistance: number,
  region?: number,
): number {
  const c0 = Math.floor((point[0] - grid.bounds.minX) / grid.cellSize)
  const r0 = Math.floor((point[1] - grid.bounds.minZ) / grid.cellSize)
  const span = Math.ceil(maxDistance / grid.cellSize) + 1
  let best = -1
  let bestDistance = maxDistance
  for (let r = Math.max(0, r0 - span); r <= Math.min(grid.rows - 1, r0 + span); r++) {
    for (let c = Math.max(0, c0 - span); c <= Math.min(grid.cols - 1, c0 + span); c++) {
      const i = r * grid.cols + c
      if (grid.blocked[i] || (region !== undefined && grid.region[i] !== region)) continue
      const [x, z] = cellCentre(grid, i)
      const d = Math.hypot(x - point[0], z - point[1])
      if (d <= bestDistance) {
        best = i
        bestDistance = d
      }
    }
  }
  return best
}

/**
 * Whether a walker can go straight from `a` to `b` keeping `clearance` from every obstacle
 * (exact geometry, not the cells) and staying inside the bounds.
 * @default clearance grid.clearance
 */
export function hasLineOfSight(
  grid: OccupancyGrid,
  a: FloorPoint,
  b: FloorPoint,
  clearance: number = grid.clearance,
): boolean {
  const { minX, maxX, minZ, maxZ } = grid.bounds
  for (const p of [a, b]) if (p[0] < minX || p[0] > maxX || p[1] < minZ || p[1] > maxZ) return false
  const lowX = Math.min(a[0], b[0]) - clearance
  const highX = Math.max(a[0], b[0]) + clearance
  const lowZ = Math.min(a[1], b[1]) - clearance
  const highZ = Math.max(a[1], b[1]) + clearance
  for (const o of grid.obstacles) {
    const [ex, ez] = boundingExtent(o)
    if (
      o.center[0] + ex < lowX ||
      o.center[0] - ex > highX ||
      o.center[1] + ez < lowZ ||
      o.center[1] - ez > highZ
    )
      continue
    if (segmentRectDistance(o, a, b) < clearance) return false
  }
  return true
}
