import { useLayoutEffect, useMemo, useRef } from 'react'
import { Matrix4, type InstancedMesh } from 'three'
import type { HallLayout } from '../../shared/scene'
import { ceilingLightGrid } from './wall-geometry'

const m = new Matrix4()
const PANEL = { width: 1.2, depth: 0.6, thickness: 0.04 }

/** The ceiling (one plane facing down) and its light panels (one instanced mesh). */
export function HallCeiling({ size }: { size: HallLayout['size'] }) {
  const lights = useMemo(() => ceilingLightGrid(size), [size])
  const ref = useRef<InstancedMesh>(null)
  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    lights.forEach(([x, z], i) =>
      mesh.setMatrixAt(i, m.makeTranslation(x, size.height - PANEL.thickness / 2, z)),
    )
    mesh.instanceMatrix.needsUpdate = true
    mesh.computeBoundingSphere()
  }, [lights, size.height])

  return (
    <group name="ceiling">
      <mesh position-y={size.height} rotation-x={Math.PI / 2}>
        <planeGeometry args={[size.width, size.depth]} />
        {/* Unlit: a downward face would only get the dim ground colour of the hemisphere light. */}
        <meshBasicMaterial color="#ebe8e1" />
      </mesh>
      <instancedMesh key={lights.length} ref={ref} args={[undefined, undefined, lights.length]}>
        <boxGeometry args={[PANEL.width, PANEL.thickness, PANEL.depth]} />
        <meshBasicMaterial color="#fffdf4" toneMapped={false} />
      </instancedMesh>
    </group>
  )
}
