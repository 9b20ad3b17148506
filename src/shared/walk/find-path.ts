import type { FloorPoint } from '../scene/schema'
import {
  cellCentre,
  cellIndexAt,
  hasLineOfSight,
  isFreeCell,
  nearestFreeCell,
  type OccupancyGrid,
} from './occupancy-grid'
import { clearanceAt } from './rect-geometry'
import { MinHeap } from './min-heap'

/** How far a start standing close to an obstacle looks for a free cell to leave from, metres. */
const START_SNAP_DISTANCE = 1.5
/** How far a target on or next to an obstacle is moved to the nearest spot a walker can stand, metres. */
export const TARGET_SNAP_DISTANCE = 3

/** A* over the free cells, 8 neighbours, diagonals only when both sides are free (no corner cutting). */
function aStar(grid: OccupancyGrid, start: number, goal: number): number[] | null {
  const { cols, blocked } = grid
  const size = blocked.length
  const cost = new Float64Array(size).fill(Infinity)
  const from = new Int32Array(size).fill(-1)
  const closed = new Uint8Array(size)
  const goalC = goal % cols
  const goalR = Math.floor(goal / cols)
  const heuristic = (i: number) => {
    const dx = Math.abs((i % cols) - goalC)
    const dz = Math.abs(Math.floor(i / cols) - goalR)
    // Slightly over-estimated, so among equally good cells the one nearer the goal is taken first;
    // on open floor that saves expanding every tied cell.
    return (Math.max(dx, dz) + (Math.SQRT2 - 1) * Math.min(dx, dz)) * (1 + 1e-3)
  }
  const open = new MinHeap()
  cost[start] = 0
  open.push(start, heuristic(start))
  while (open.size > 0) {
    const i = open.pop()
    if (i === goal) {
      const cells = [goal]
      for (let c = from[goal]!; c !== -1; c = from[c]!) cells.push(c)
      return cells.reverse()
    }
    if (closed[i]) continue
    closed[i] = 1
    const c = i % cols
    const r = Math.floor(i / cols)
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        if (dr === 0 && dc === 0) continue
        const nc = c + dc
        const nr = r + dr
        if (nc < 0 || nc >= cols || nr < 0 || nr >= grid.rows) continue
        const n = nr * cols + nc
        if (blocked[n] || closed[n]) continue
        if (dr !== 0 && dc !== 0 && (blocked[r * cols + nc] || blocked[nr * cols + c])) continue
        const step = dr !== 0 && dc !== 0 ? Math.SQRT2 : 1
        const g = cost[i]! + step
        if (g >= cost[n]!) continue
        cost[n] = g
        from[n] = i
        open.push(n, g + heuristic(n))
      }
    }
  }
  return null
}

/**
 * String-pulling: from each kept point, skip ahead to the last point still in straight view.
 * The first leg may start closer to obstacles than planning allows (the walker already stands there),
 * so it only needs the walker's own radius.
 */
function smooth(grid: OccupancyGrid, points: FloorPoint[]): FloorPoint[] {
  const kept: FloorPoint[] = []
  let anchor = 0
  while (anchor < points.length - 1) {
    const clearance = anchor === 0 ? grid.radius : grid.clearance
    let next = anchor + 1
    while (next + 1 < points.length && hasLineOfSight(grid, points[anchor]!, points[next + 1]!, clearance))
      next++
    kept.push(points[next]!)
    anchor = next
  }
  return kept
}

/**
 * Plans a walk from `from` to `to` on the grid.
 * A target on or too close to an obstacle (clicking a counter's side) is moved to the nearest free spot
 * within {@link TARGET_SNAP_DISTANCE} that the walker can reach; a target on open floor that cannot be
 * reached (a closed room) gives null.
 * @returns the waypoints after `from`, ending at the (possibly moved) target; [] when already there;
 *   null when unreachable
 */
export function findPath(grid: OccupancyGrid, from: FloorPoint, to: FloorPoint): FloorPoint[] | null {
  const startCell = isFreeCell(grid, cellIndexAt(grid, from))
    ? cellIndexAt(grid, from)
    : nearestFreeCell(grid, from, START_SNAP_DISTANCE)
  if (startCell < 0) return null
  const region = grid.region[startCell]!

  const targetCell = cellIndexAt(grid, to)
  let goalCell: number
  let goal: FloorPoint
  if (isFreeCell(grid, targetCell)) {
    if (grid.region[targetCell] !== region) return null
    goalCell = targetCell
    // The cell centre is clear, but the exact point may sit a little closer to an obstacle than a body can.
    goal = clearanceAt(grid.obstacles, to) >= grid.radius ? to : cellCentre(grid, targetCell)
  } else {
    goalCell = nearestFreeCell(grid, to, TARGET_SNAP_DISTANCE, region)
    if (goalCell < 0) return null
    goal = cellCentre(grid, goalCell)
  }

  if (Math.hypot(goal[0] - from[0], goal[1] - from[1]) < 1e-6) return []
  if (hasLineOfSight(grid, from, goal, grid.radius)) return [goal]
  const cells = aStar(grid, startCell, goalCell)
  if (!cells) return null
  // The start cell's centre stays in: when the walker stands too close to an obstacle, it leads away.
  const points: FloorPoint[] = [from, ...cells.slice(0, -1).map((i) => cellCentre(grid, i)), goal]
  return smooth(grid, points)
}
