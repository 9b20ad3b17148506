import { Raycaster, Vector3, type Camera, type Object3D } from 'three'
import { FURNITURE_FOOTPRINTS, facing, type Counter } from '../../shared/scene'
import { COUNTER_GROUP, hitInstanceId } from './instance-ids'

/** Height of the point on a counter's front that tests aim at (a hand's height at the desk). */
export const COUNTER_AIM_HEIGHT = 0.8
/** How far in front of the front face the aim point sits. */
const FRONT_OFFSET = 0.03

/** The world point just in front of a counter's front face, at desk height. */
export function counterAimPoint(counter: Pick<Counter, 'position' | 'yaw'>): Vector3 {
  const [fx, fz] = facing(counter.yaw)
  const d = FURNITURE_FOOTPRINTS.counter.depth / 2 + FRONT_OFFSET
  return new Vector3(counter.position[0] + fx * d, COUNTER_AIM_HEIGHT, counter.position[1] + fz * d)
}

/** A rectangle in CSS pixels, like DOMRect. */
export type ScreenRect = { left: number; top: number; width: number; height: number }

/**
 * Projects a world point to CSS pixels inside `rect`; null when it is behind the camera or outside.
 * The camera's matrices must be current.
 */
export function projectToRect(
  point: Vector3,
  camera: Camera,
  rect: ScreenRect,
): { x: number; y: number } | null {
  const inView = point.clone().applyMatrix4(camera.matrixWorldInverse)
  if (inView.z >= 0) return null // behind (or level with) the camera
  const ndc = point.clone().project(camera)
  if (Math.abs(ndc.x) > 1 || Math.abs(ndc.y) > 1 || ndc.z > 1) return null
  return { x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height }
}

const raycaster = new Raycaster()

/**
 * Whether the counter `counterId` is the first thing seen along the line from the camera through
 * `point`: nothing else (a wall, a pillar, another counter, a sign) stands in front of it.
 */
export function firstHitIsCounter(
  point: Vector3,
  camera: Camera,
  scene: Object3D,
  counterId: string,
): boolean {
  const origin = new Vector3().setFromMatrixPosition(camera.matrixWorld)
  const direction = point.clone().sub(origin)
  const distance = direction.length()
  raycaster.set(origin, direction.normalize())
  raycaster.near = 0
  // The aim point floats just in front of the face; look a little past it to reach the counter.
  raycaster.far = distance + 0.5
  const first = raycaster.intersectObject(scene, true).find((hit) => hit.object.visible)
  return (
    first !== undefined && first.object.parent?.name === COUNTER_GROUP && hitInstanceId(first) === counterId
  )
}
