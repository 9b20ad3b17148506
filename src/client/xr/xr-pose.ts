import type { FloorPoint } from '../../shared/scene/schema'
import { wrapAngle } from '../../shared/walk/step-player'

/**
 * The XR origin (the play area's floor centre) in the hall: floor position `[x, z]` and yaw in radians
 * (three.js rotation.y, like the player's view yaw).
 */
export type OriginPose = { position: FloorPoint; yaw: number }

/** The head relative to the origin, from the XR viewer pose: floor offset `[x, z]` and its own yaw. */
export type HeadOffset = { position: FloorPoint; yaw: number }

/** Turns a floor offset by `yaw` radians (three.js rotation.y: positive turns x toward -z). */
export function rotateOffset([x, z]: FloorPoint, yaw: number): FloorPoint {
  const c = Math.cos(yaw)
  const s = Math.sin(yaw)
  return [x * c + z * s, -x * s + z * c]
}

/** Where the head stands in the hall, and which way it looks. */
export function headInHall(origin: OriginPose, head: HeadOffset): OriginPose {
  const [dx, dz] = rotateOffset(head.position, origin.yaw)
  return {
    position: [origin.position[0] + dx, origin.position[1] + dz],
    yaw: wrapAngle(origin.yaw + head.yaw),
  }
}

/** The origin that puts the head at `target` (the teleport spot) without turning the view. */
export function originForHeadAt(target: FloorPoint, origin: OriginPose, head: HeadOffset): OriginPose {
  const [dx, dz] = rotateOffset(head.position, origin.yaw)
  return { position: [target[0] - dx, target[1] - dz], yaw: origin.yaw }
}

/** Turns the origin by `dYaw` radians around the head, so the visitor turns on the spot. */
export function turnAroundHead(origin: OriginPose, head: HeadOffset, dYaw: number): OriginPose {
  const standing = headInHall(origin, head).position
  const turned: OriginPose = { position: origin.position, yaw: wrapAngle(origin.yaw + dYaw) }
  return originForHeadAt(standing, turned, head)
}

/**
 * The origin for a headset session started where a desktop visitor stands: the head (at its current
 * offset) lands on the visitor's spot and looks the way the desktop view looked.
 */
export function originForView(view: OriginPose, head: HeadOffset): OriginPose {
  const yaw = wrapAngle(view.yaw - head.yaw)
  return originForHeadAt(view.position, { position: view.position, yaw }, head)
}

/** Yaw (rotation.y, radians) of a quaternion's forward direction, ignoring pitch and roll. */
export function yawOfQuaternion(q: { x: number; y: number; z: number; w: number }): number {
  // Forward is -z; rotate it and measure its heading on the floor.
  const fx = -2 * (q.x * q.z + q.w * q.y)
  const fz = -(1 - 2 * (q.x * q.x + q.y * q.y))
  return Math.atan2(-fx, -fz)
}
