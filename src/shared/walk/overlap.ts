import type { FloorPoint } from '../scene/schema'
import { toLocal, type Obstacle } from './obstacle'

/** Rectangles closer than this are treated as touching, not overlapping (absorbs float noise in yaws). */
const TOUCH_EPSILON = 1e-6

/** The obstacle's local x and z axes as world floor vectors (three.js rotation.y convention). */
function axes(o: Obstacle): [FloorPoint, FloorPoint] {
  const c = Math.cos(o.yaw)
  const s = Math.sin(o.yaw)
  return [
    [c, -s],
    [s, c],
  ]
}

/** Half the length of the obstacle's shadow on a unit axis. */
function projectedRadius(o: Obstacle, [ax, az]: FloorPoint): number {
  const [[xx, xz], [zx, zz]] = axes(o)
  return o.halfWidth * Math.abs(xx * ax + xz * az) + o.halfDepth * Math.abs(zx * ax + zz * az)
}

/**
 * Whether two oriented rectangles share interior area (separating axis test on the four edge normals).
 * Rectangles that only touch along an edge or at a corner do not overlap, so walls may meet end to end.
 */
export function obstaclesOverlap(a: Obstacle, b: Obstacle): boolean {
  const dx = b.center[0] - a.center[0]
  const dz = b.center[1] - a.center[1]
  for (const axis of [...axes(a), ...axes(b)]) {
    const distance = Math.abs(dx * axis[0] + dz * axis[1])
    if (distance >= projectedRadius(a, axis) + projectedRadius(b, axis) - TOUCH_EPSILON) return false
  }
  return true
}

/**
 * Whether a floor point lies inside an obstacle grown by `margin` metres on every side
 * (a rectangle with square corners, so it slightly over-approximates a disc of that radius).
 * Points on the boundary count as outside, matching {@link obstaclesOverlap}.
 * @param margin clearance around the obstacle, e.g. a walker's radius; @default 0
 */
export function pointInObstacle(p: FloorPoint, o: Obstacle, margin = 0): boolean {
  const [lx, lz] = toLocal(o, p)
  return Math.abs(lx) < o.halfWidth + margin && Math.abs(lz) < o.halfDepth + margin
}
