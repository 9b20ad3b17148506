import { Matrix4, Quaternion, Vector3 } from 'three'
import type { FloorPoint } from '../../shared/scene'

const UP = new Vector3(0, 1, 0)
const q = new Quaternion()
const p = new Vector3()
const ONE = new Vector3(1, 1, 1)

/**
 * The world matrix of something placed on the floor at `[x, z]`, turned by `yawDeg` (three.js rotation.y,
 * degrees) and raised by `y`. Models are built with their origin at the floor centre and their front
 * toward +z, so this matrix alone places them.
 */
export function placementMatrix(
  position: FloorPoint,
  yawDeg: number,
  y = 0,
  target = new Matrix4(),
): Matrix4 {
  q.setFromAxisAngle(UP, (yawDeg * Math.PI) / 180)
  p.set(position[0], y, position[1])
  return target.compose(p, q, ONE)
}

/** A point given in an object's local frame (x right, y up, z toward its front), in world coordinates. */
export function localToWorld(
  position: FloorPoint,
  yawDeg: number,
  local: readonly [number, number, number],
): [number, number, number] {
  const r = (yawDeg * Math.PI) / 180
  const c = Math.cos(r)
  const s = Math.sin(r)
  // rotation.y by r: x' = x c + z s, z' = -x s + z c
  return [position[0] + local[0] * c + local[2] * s, local[1], position[1] - local[0] * s + local[2] * c]
}
