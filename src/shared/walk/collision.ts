import type { FloorPoint } from '../scene/schema'
import type { Obstacle } from './obstacle'
import { boundingExtent, rectContact } from './rect-geometry'

/** How far the walker may overlap an obstacle and still count as clear (floating-point slack), metres. */
export const CONTACT_TOLERANCE = 1e-6
// Pushed this much past contact, so the next overlap test is not fooled by rounding.
const SKIN = 1e-5
// A sub-step of at most half the radius keeps the centre outside every rectangle it approaches, so the
// push-out always points back the way the walker came: no tunnelling through thin walls.
const SUB_STEP_FRACTION = 0.5
const RESOLVE_ITERATIONS = 8

/** How deep a circle at `point` sinks into the deepest obstacle; 0 when it is clear. */
export function circlePenetration(obstacles: readonly Obstacle[], point: FloorPoint, radius: number): number {
  let deepest = 0
  for (const o of obstacles) {
    const depth = radius - rectContact(o, point).distance
    if (depth > deepest) deepest = depth
  }
  return deepest
}

/** Pushes a circle out of the obstacles it overlaps; null when they hold it (a gap narrower than it). */
function resolveAmong(obstacles: readonly Obstacle[], start: FloorPoint, radius: number): FloorPoint | null {
  let x = start[0]
  let z = start[1]
  for (let i = 0; i < RESOLVE_ITERATIONS; i++) {
    let moved = false
    for (const o of obstacles) {
      const contact = rectContact(o, [x, z])
      const depth = radius - contact.distance
      if (depth <= CONTACT_TOLERANCE) continue
      x += contact.normal[0] * (depth + SKIN)
      z += contact.normal[1] * (depth + SKIN)
      moved = true
    }
    if (!moved) return [x, z]
  }
  return circlePenetration(obstacles, [x, z], radius) <= CONTACT_TOLERANCE ? [x, z] : null
}

/** The obstacles a circle at `point` could touch after moving up to `reach` further. */
function obstaclesNear(obstacles: readonly Obstacle[], point: FloorPoint, radius: number, reach: number) {
  const r = radius + reach
  return obstacles.filter((o) => {
    const [ex, ez] = boundingExtent(o)
    return Math.abs(point[0] - o.center[0]) < ex + r && Math.abs(point[1] - o.center[1]) < ez + r
  })
}

/** Resolves against the nearby obstacles, then checks the result against its own neighbourhood. */
function resolve(
  all: readonly Obstacle[],
  start: FloorPoint,
  radius: number,
  reach: number,
): FloorPoint | null {
  const resolved = resolveAmong(obstaclesNear(all, start, radius, reach), start, radius)
  if (!resolved) return null
  // Chained push-outs can carry the circle beyond the obstacles gathered for `start`.
  const around = obstaclesNear(all, resolved, radius, 0)
  return circlePenetration(around, resolved, radius) <= CONTACT_TOLERANCE ? resolved : null
}

/**
 * Moves a circle of `radius` by `delta` on the floor, sliding along whatever it meets.
 * The move is cut into sub-steps of at most half the radius, so no step is long enough to jump a thin wall
 * or counter, whatever the frame time. A circle that starts overlapping an obstacle is first pushed out.
 * The result never overlaps an obstacle (beyond {@link CONTACT_TOLERANCE}) when a clear spot was reachable;
 * when the walker is wedged, it stays at the last clear position.
 * @returns the new centre `[x, z]`
 */
export function moveWithCollision(
  from: FloorPoint,
  delta: FloorPoint,
  obstacles: readonly Obstacle[],
  radius: number,
): FloorPoint {
  const length = Math.hypot(delta[0], delta[1])
  const steps = Math.max(1, Math.ceil(length / (radius * SUB_STEP_FRACTION)))
  const sx = delta[0] / steps
  const sz = delta[1] / steps
  // Push-outs rarely carry the circle further than its radius; resolve() re-checks when they do.
  const reach = 2 * radius
  let position: FloorPoint = resolve(obstacles, from, radius, reach) ?? from
  if (length === 0) return position

  for (let i = 0; i < steps; i++) {
    const next = resolve(obstacles, [position[0] + sx, position[1] + sz], radius, reach)
    if (!next) break
    // Pushed straight back where it was: blocked head-on, the remaining sub-steps would do the same.
    if (Math.abs(next[0] - position[0]) < 1e-9 && Math.abs(next[1] - position[1]) < 1e-9) break
    position = next
  }
  return position
}
