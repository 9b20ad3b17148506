import { COUNTER_SERVICE_DISTANCE, FURNITURE_FOOTPRINTS } from './footprints'
import type { Counter, FloorPoint } from './schema'

/** The unit vector a yaw (degrees) faces on the floor: yaw 0 faces +z, matching three.js rotation.y. */
export function facing(yawDeg: number): FloorPoint {
  const r = (yawDeg * Math.PI) / 180
  return [Math.sin(r), Math.cos(r)]
}

/**
 * Where a visitor stands to be served at a counter, and the view yaw (degrees) that faces the counter.
 * View yaw follows the three.js camera: a camera with rotation.y = yaw looks toward -facing(yaw), so a
 * visitor in front of a counter looks along the counter's own yaw.
 * Used by "go to counter", by the automation hook and by the VR teleport target.
 */
export function counterFront(counter: Pick<Counter, 'position' | 'yaw'>): {
  position: FloorPoint
  yaw: number
} {
  const [fx, fz] = facing(counter.yaw)
  const d = FURNITURE_FOOTPRINTS.counter.depth / 2 + COUNTER_SERVICE_DISTANCE
  return { position: [counter.position[0] + fx * d, counter.position[1] + fz * d], yaw: counter.yaw }
}
