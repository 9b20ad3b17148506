import type { FloorPoint } from '../scene/schema'
import type { Obstacle } from './obstacle'

/** Where a point is relative to an obstacle: signed distance (negative inside) and the outward normal. */
export type RectContact = { distance: number; normal: FloorPoint }

type Frame = { c: number; s: number; extentX: number; extentZ: number }
// Collision asks about the same few obstacles thousands of times a second; obstacles are immutable data,
// so their rotation is worked out once.
const frames = new WeakMap<Obstacle, Frame>()

function frameOf(o: Obstacle): Frame {
  let frame = frames.get(o)
  if (!frame) {
    const c = Math.cos(o.yaw)
    const s = Math.sin(o.yaw)
    const ac = Math.abs(c)
    const as = Math.abs(s)
    frame = {
      c,
      s,
      extentX: ac * o.halfWidth + as * o.halfDepth,
      extentZ: as * o.halfWidth + ac * o.halfDepth,
    }
    frames.set(o, frame)
  }
  return frame
}

/** A world point in the obstacle's local frame (same as `toLocal` in obstacle.ts, with the rotation cached). */
function toLocal(o: Obstacle, [x, z]: FloorPoint): FloorPoint {
  const { c, s } = frameOf(o)
  const dx = x - o.center[0]
  const dz = z - o.center[1]
  return [dx * c - dz * s, dx * s + dz * c]
}

/** Turns a vector in the obstacle's local frame into world axes (the three.js rotation.y = yaw matrix). */
function toWorldVector(obstacle: Obstacle, [x, z]: FloorPoint): FloorPoint {
  const { c, s } = frameOf(obstacle)
  return [c * x + s * z, -s * x + c * z]
}

/**
 * The signed distance from a point to an obstacle's rectangle and the world-space normal pointing away
 * from it. Inside, the distance is negative and the normal points to the nearest face, which is the
 * shortest way out.
 */
export function rectContact(obstacle: Obstacle, point: FloorPoint): RectContact {
  const [lx, lz] = toLocal(obstacle, point)
  const hw = obstacle.halfWidth
  const hd = obstacle.halfDepth
  const cx = Math.min(hw, Math.max(-hw, lx))
  const cz = Math.min(hd, Math.max(-hd, lz))
  const ox = lx - cx
  const oz = lz - cz
  if (ox !== 0 || oz !== 0) {
    const distance = Math.hypot(ox, oz)
    return { distance, normal: toWorldVector(obstacle, [ox / distance, oz / distance]) }
  }
  const toX = hw - Math.abs(lx)
  const toZ = hd - Math.abs(lz)
  const local: FloorPoint = toX <= toZ ? [lx < 0 ? -1 : 1, 0] : [0, lz < 0 ? -1 : 1]
  return { distance: -Math.min(toX, toZ), normal: toWorldVector(obstacle, local) }
}

/** Distance from a local point to the origin-centred box, zero inside. */
function boxDistance(hw: number, hd: number, x: number, z: number): number {
  return Math.hypot(Math.max(0, Math.abs(x) - hw), Math.max(0, Math.abs(z) - hd))
}

function pointSegmentDistance(
  px: number,
  pz: number,
  ax: number,
  az: number,
  bx: number,
  bz: number,
): number {
  const dx = bx - ax
  const dz = bz - az
  const len2 = dx * dx + dz * dz
  const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, ((px - ax) * dx + (pz - az) * dz) / len2))
  return Math.hypot(px - (ax + t * dx), pz - (az + t * dz))
}

/** Whether a local segment crosses the box (Liang-Barsky clipping). */
function segmentHitsBox(hw: number, hd: number, ax: number, az: number, bx: number, bz: number): boolean {
  let t0 = 0
  let t1 = 1
  const dx = bx - ax
  const dz = bz - az
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0
    const r = q / p
    if (p < 0) {
      if (r > t1) return false
      if (r > t0) t0 = r
    } else {
      if (r < t0) return false
      if (r < t1) t1 = r
    }
    return true
  }
  return clip(-dx, ax + hw) && clip(dx, hw - ax) && clip(-dz, az + hd) && clip(dz, hd - az)
}

/** The shortest distance between a segment and an obstacle's rectangle; zero when they touch or cross. */
export function segmentRectDistance(obstacle: Obstacle, a: FloorPoint, b: FloorPoint): number {
  const [ax, az] = toLocal(obstacle, a)
  const [bx, bz] = toLocal(obstacle, b)
  const hw = obstacle.halfWidth
  const hd = obstacle.halfDepth
  if (segmentHitsBox(hw, hd, ax, az, bx, bz)) return 0
  // Two disjoint convex shapes in the plane: the closest pair involves an endpoint or a box corner.
  return Math.min(
    boxDistance(hw, hd, ax, az),
    boxDistance(hw, hd, bx, bz),
    pointSegmentDistance(hw, hd, ax, az, bx, bz),
    pointSegmentDistance(-hw, hd, ax, az, bx, bz),
    pointSegmentDistance(hw, -hd, ax, az, bx, bz),
    pointSegmentDistance(-hw, -hd, ax, az, bx, bz),
  )
}

/** The radius of the circle around an obstacle's centre that holds all of it (a cheap first test). */
export function boundingRadius(obstacle: Obstacle): number {
  return Math.hypot(obstacle.halfWidth, obstacle.halfDepth)
}

/** Half the size of the obstacle's axis-aligned bounding box: `[along x, along z]`. */
export function boundingExtent(obstacle: Obstacle): FloorPoint {
  const { extentX, extentZ } = frameOf(obstacle)
  return [extentX, extentZ]
}

/** The smallest distance from a point to any obstacle (negative when inside one); Infinity with none. */
export function clearanceAt(obstacles: readonly Obstacle[], point: FloorPoint): number {
  let best = Infinity
  for (const o of obstacles) {
    const reach = boundingRadius(o)
    const centreDistance = Math.hypot(point[0] - o.center[0], point[1] - o.center[1])
    if (centreDistance - reach >= best) continue
    best = Math.min(best, rectContact(o, point).distance)
  }
  return best
}
