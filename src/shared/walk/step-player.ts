import type { FloorPoint } from '../scene/schema'
import { moveWithCollision } from './collision'
import type { WalkWorld } from './walk-world'

/** What the walker does this frame, whatever the device. */
export type WalkInput = {
  /** `[right, forward]` relative to the view, length at most 1 (longer vectors are shortened). */
  move: readonly [number, number]
  /** Turning, -1..1; positive turns right (clockwise seen from above). */
  turn: number
}

/** The part of the player that walking changes. */
export type WalkState = {
  position: FloorPoint
  /** View yaw in radians (three.js camera rotation.y: looking toward (-sin yaw, -cos yaw)). */
  yaw: number
  /** Waypoints still to walk through (click-to-walk); empty when not following a path. */
  path: readonly FloorPoint[]
  /** Where the current path ends, or null. */
  target: FloorPoint | null
  /** How long the path has made no headway, seconds; the walk gives up past `blockedAfter`. */
  blockedTime: number
}

export type WalkSettings = {
  /** Walking speed, m/s. */
  speed: number
  /** Turning speed for keys, rad/s. */
  turnSpeed: number
  /** A waypoint counts as reached this close, metres. */
  arriveDistance: number
  /** A path whose walker has made less than a third of its headway for this long is dropped, seconds. */
  blockedAfter: number
}

export const DEFAULT_WALK_SETTINGS = {
  speed: 1.6,
  turnSpeed: 1.8,
  arriveDistance: 0.05,
  blockedAfter: 0.4,
} as const satisfies WalkSettings

const DEAD_ZONE = 0.05

/** Wraps an angle into (-PI, PI]. */
export function wrapAngle(angle: number): number {
  const wrapped = angle - 2 * Math.PI * Math.floor((angle + Math.PI) / (2 * Math.PI))
  return wrapped === -Math.PI ? Math.PI : wrapped
}

/** The floor direction of a `[right, forward]` input under a view yaw, keeping its length. */
export function moveDirection(yaw: number, [right, forward]: readonly [number, number]): FloorPoint {
  const s = Math.sin(yaw)
  const c = Math.cos(yaw)
  // forward = (-sin, -cos); right = (cos, -sin): the camera's local -z and +x turned by yaw.
  return [right * c - forward * s, -right * s - forward * c]
}

function followPath(state: WalkState, dt: number, world: WalkWorld, settings: WalkSettings): WalkState {
  let position = state.position
  let path = state.path
  let budget = settings.speed * dt
  let headway = 0
  const intended = budget
  while (budget > 1e-9 && path.length > 0) {
    const waypoint = path[0]!
    const dx = waypoint[0] - position[0]
    const dz = waypoint[1] - position[1]
    const distance = Math.hypot(dx, dz)
    const stride = Math.min(distance, budget)
    const next =
      distance > 0
        ? moveWithCollision(
            position,
            [(dx / distance) * stride, (dz / distance) * stride],
            world.obstacles,
            world.radius,
          )
        : position
    const left = Math.hypot(waypoint[0] - next[0], waypoint[1] - next[1])
    headway += distance - left
    budget -= stride
    position = next
    if (left <= settings.arriveDistance) path = path.slice(1)
    else if (stride === distance) break // pushed off the waypoint: blocked short of it
  }
  if (path.length === 0) return { ...state, position, path, target: null, blockedTime: 0 }
  const blockedTime = headway < intended / 3 ? state.blockedTime + dt : 0
  if (blockedTime >= settings.blockedAfter)
    return { ...state, position, path: [], target: null, blockedTime: 0 }
  return { ...state, position, path, blockedTime }
}

/**
 * Advances the walker by `dt` seconds. Keys (a non-zero `input.move`) walk relative to the view and
 * cancel any click-to-walk path; otherwise the path is followed at walking speed without turning the view.
 * The walk stops at the target, or when it has been blocked for `settings.blockedAfter`.
 * Pure: returns a new state, or the same object when nothing changed.
 */
export function stepPlayer(
  state: WalkState,
  input: WalkInput,
  dt: number,
  world: WalkWorld,
  settings: WalkSettings = DEFAULT_WALK_SETTINGS,
): WalkState {
  if (dt <= 0) return state
  let next = state
  if (input.turn !== 0) {
    const turn = Math.max(-1, Math.min(1, input.turn))
    next = { ...next, yaw: wrapAngle(next.yaw - turn * settings.turnSpeed * dt) }
  }
  const length = Math.hypot(input.move[0], input.move[1])
  if (length > DEAD_ZONE) {
    const scale = Math.min(1, length) / length
    const [dx, dz] = moveDirection(next.yaw, [input.move[0] * scale, input.move[1] * scale])
    const distance = settings.speed * dt
    const position = moveWithCollision(
      next.position,
      [dx * distance, dz * distance],
      world.obstacles,
      world.radius,
    )
    return { ...next, position, path: [], target: null, blockedTime: 0 }
  }
  if (next.path.length > 0) return followPath(next, dt, world, settings)
  return next
}
