import { Vector3, type Object3D } from 'three'

/**
 * Named things in the VR panels a pointer can aim at (`service:<id>`, `close`, `menu:seated`...),
 * registered by the panels while mounted, so automation can aim a controller at them.
 */
const targets = new Map<string, Object3D>()

/** A ref callback that registers an object under `name` while it is mounted. */
export function targetRef(name: string) {
  return (object: Object3D | null) => {
    if (object) targets.set(name, object)
    else targets.delete(name)
  }
}

/** World position of a registered target, or null when it is not shown. */
export function targetPoint(name: string): [number, number, number] | null {
  const object = targets.get(name)
  if (!object) return null
  object.updateWorldMatrix(true, false)
  const p = object.getWorldPosition(new Vector3())
  return [p.x, p.y, p.z]
}

/** Names of the targets currently shown. */
export function targetNames(): string[] {
  return [...targets.keys()]
}
