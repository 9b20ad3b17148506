import { FURNITURE_FOOTPRINTS, type FurnitureKind } from '../scene/footprints'
import type { FloorPoint, HallLayout } from '../scene/schema'

/**
 * A solid oriented rectangle on the floor. `yaw` is in radians, counter-clockwise seen from above,
 * and turns the local x/z axes; `halfWidth` runs along local x, `halfDepth` along local z.
 */
export type Obstacle = {
  id: string
  kind: FurnitureKind | 'wall'
  center: FloorPoint
  halfWidth: number
  halfDepth: number
  yaw: number
}

export const degToRad = (deg: number) => (deg * Math.PI) / 180

/** The footprint of a placed piece of furniture or a counter. */
export function footprintObstacle(
  id: string,
  kind: FurnitureKind,
  position: FloorPoint,
  yawDeg: number,
): Obstacle {
  const size = FURNITURE_FOOTPRINTS[kind]
  return {
    id,
    kind,
    center: position,
    halfWidth: size.width / 2,
    halfDepth: size.depth / 2,
    yaw: degToRad(yawDeg),
  }
}

/** A wall segment as a rectangle. */
export function wallObstacle(id: string, from: FloorPoint, to: FloorPoint, thickness: number): Obstacle {
  const dx = to[0] - from[0]
  const dz = to[1] - from[1]
  const length = Math.hypot(dx, dz)
  // Local x runs along the wall; yaw turns local x onto (dx, dz).
  return {
    id,
    kind: 'wall',
    center: [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2],
    halfWidth: length / 2,
    halfDepth: thickness / 2,
    yaw: Math.atan2(-dz, dx),
  }
}

/** Every solid thing in a hall: outer walls, interior walls, counters and furniture. */
export function hallObstacles(layout: HallLayout): Obstacle[] {
  const w = layout.size.width / 2
  const d = layout.size.depth / 2
  const t = 0.3
  const outer: Obstacle[] = [
    wallObstacle('wall-north', [-w, -d - t / 2], [w, -d - t / 2], t),
    wallObstacle('wall-south', [-w, d + t / 2], [w, d + t / 2], t),
    wallObstacle('wall-west', [-w - t / 2, -d], [-w - t / 2, d], t),
    wallObstacle('wall-east', [w + t / 2, -d], [w + t / 2, d], t),
  ]
  return [
    ...outer,
    ...layout.walls.map((wall, i) => wallObstacle(`wall-${i}`, wall.from, wall.to, wall.thickness)),
    ...layout.counters.map((c) => footprintObstacle(c.id, 'counter', c.position, c.yaw)),
    ...layout.furniture.map((f) => footprintObstacle(f.id, f.kind, f.position, f.yaw)),
  ]
}

/** Transforms a world floor point into the obstacle's local frame. */
export function toLocal(obstacle: Obstacle, [x, z]: FloorPoint): FloorPoint {
  const dx = x - obstacle.center[0]
  const dz = z - obstacle.center[1]
  const c = Math.cos(obstacle.yaw)
  const s = Math.sin(obstacle.yaw)
  // Inverse of the rotation used by three.js for rotation.y = yaw: x' = x c - z s ... transposed.
  return [dx * c - dz * s, dx * s + dz * c]
}
