import type { FloorPoint } from '../../shared/scene/schema'
import { circlePenetration } from '../../shared/walk/collision'
import { cellIndexAt, isFreeCell, nearestFreeCell } from '../../shared/walk/occupancy-grid'
import type { WalkWorld } from '../../shared/walk/walk-world'

/** Why a teleport target was refused, or `ok` with the spot to go to. */
export type TeleportCheck =
  { ok: true; point: FloorPoint } | { ok: false; reason: 'outside' | 'blocked' | 'unreachable' }

// How far from the visitor's cell we look for a free cell when they stand on a blocked one (a cell
// next to a counter after a physical step in the play area), metres.
const FROM_SEARCH = 1

/**
 * Whether a visitor standing at `from` may teleport to `target` in this walk world: the target must be
 * inside the hall, on a free cell of the occupancy grid, with the body circle clear of every obstacle
 * (walls, counters, furniture), and in the same connected floor region as the visitor (no teleporting
 * into a closed-off room or behind a counter row with no way round).
 */
export function checkTeleport(world: WalkWorld, from: FloorPoint, target: FloorPoint): TeleportCheck {
  const { grid, bounds, obstacles, radius } = world
  const [x, z] = target
  if (x < bounds.minX || x > bounds.maxX || z < bounds.minZ || z > bounds.maxZ) {
    return { ok: false, reason: 'outside' }
  }
  const cell = cellIndexAt(grid, target)
  if (!isFreeCell(grid, cell) || circlePenetration(obstacles, target, radius) > 0) {
    return { ok: false, reason: 'blocked' }
  }
  let fromCell = cellIndexAt(grid, from)
  if (!isFreeCell(grid, fromCell)) fromCell = nearestFreeCell(grid, from, FROM_SEARCH)
  if (fromCell >= 0 && grid.region[fromCell] !== grid.region[cell])
    return { ok: false, reason: 'unreachable' }
  return { ok: true, point: [x, z] }
}
