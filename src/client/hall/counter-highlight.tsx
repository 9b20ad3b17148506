import { useEffect, useMemo, useRef } from 'react'
import type { Mesh, MeshBasicMaterial } from 'three'
import { FURNITURE_FOOTPRINTS, type HallLayout } from '../../shared/scene'
import { useStationStore } from '../app/station-store'
import { boxFrameGeometry } from './highlight-frame'
import { placementMatrix } from './placement'

const HOVER_COLOR = '#ffd54a'
const SELECTED_COLOR = '#4fc3f7'
const MARGIN = 0.08

const noRaycast = () => {}

/**
 * One glowing outline frame moved to the hovered counter (or else the selected one). It follows the
 * station store by subscription and moves the mesh directly, so hovering never re-renders React.
 */
export function CounterHighlight({ layout }: { layout: HallLayout }) {
  const mesh = useRef<Mesh>(null)
  const material = useRef<MeshBasicMaterial>(null)
  const geometry = useMemo(() => {
    const { width, depth, height } = FURNITURE_FOOTPRINTS.counter
    return boxFrameGeometry(width + MARGIN, height + MARGIN, depth + MARGIN, 0.05)
  }, [])
  useEffect(() => () => geometry.dispose(), [geometry])

  useEffect(() => {
    const counters = new Map(layout.counters.map((c) => [c.id, c]))
    const apply = ({
      hoveredCounterId,
      selectedCounterId,
    }: {
      hoveredCounterId: string | null
      selectedCounterId: string | null
    }) => {
      const target = mesh.current
      if (!target || !material.current) return
      const counter = counters.get(hoveredCounterId ?? '') ?? counters.get(selectedCounterId ?? '')
      target.visible = Boolean(counter)
      if (!counter) return
      placementMatrix(counter.position, counter.yaw, 0, target.matrix)
      material.current.color.set(counter.id === hoveredCounterId ? HOVER_COLOR : SELECTED_COLOR)
    }
    apply(useStationStore.getState())
    return useStationStore.subscribe(apply)
  }, [layout])

  return (
    <mesh
      ref={mesh}
      geometry={geometry}
      visible={false}
      matrixAutoUpdate={false}
      raycast={noRaycast}
      name="counter-highlight"
    >
      <meshBasicMaterial ref={material} color={HOVER_COLOR} toneMapped={false} />
    </mesh>
  )
}
