import { useLayoutEffect, useRef } from 'react'
import { Color, Matrix4, type InstancedMesh } from 'three'
import type { FloorPoint } from '../../shared/scene'
import type { ModelPart } from './model-parts'
import { placementMatrix } from './placement'

/** Where one copy of a model stands, and its colour for tinted parts. */
export type Placement = { position: FloorPoint; yaw: number; color?: string }

const m = new Matrix4()
const c = new Color()
const WHITE = new Color('#ffffff')

function PartInstances({
  part,
  placements,
  ids,
}: {
  part: ModelPart
  placements: readonly Placement[]
  ids?: readonly string[]
}) {
  const ref = useRef<InstancedMesh>(null)
  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    placements.forEach((p, i) => {
      mesh.setMatrixAt(i, placementMatrix(p.position, p.yaw, 0, m))
      if (part.tinted) mesh.setColorAt(i, p.color ? c.set(p.color) : WHITE)
    })
    mesh.instanceMatrix.needsUpdate = true
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
    // Bounds over all instances, for frustum culling and raycasting.
    mesh.computeBoundingSphere()
    mesh.computeBoundingBox()
  }, [part, placements])
  return (
    <instancedMesh
      ref={ref}
      args={[part.geometry, part.material, placements.length]}
      name={part.name}
      userData={ids ? { instanceIds: ids } : undefined}
    />
  )
}

/**
 * Draws a model at many placements: one InstancedMesh per model part, so the draw calls depend on the
 * model, not on how many copies stand in the hall. `ids` (one per placement) is kept in each mesh's
 * userData.instanceIds so a raycast hit's instanceId maps back to the placed item.
 */
export function PlacedInstances({
  parts,
  placements,
  ids,
}: {
  parts: readonly ModelPart[]
  placements: readonly Placement[]
  ids?: readonly string[]
}) {
  if (placements.length === 0) return null
  return (
    <>
      {parts.map((part) => (
        // Remount when the count changes: an InstancedMesh's capacity is fixed at creation.
        <PartInstances
          key={`${part.name}:${placements.length}`}
          part={part}
          placements={placements}
          ids={ids}
        />
      ))}
    </>
  )
}
