import { useMemo } from 'react'
import type { ThreeEvent } from '@react-three/fiber'
import type { HallLayout } from '../../shared/scene'
import { useStationStore } from '../app/station-store'
import { wasDrag } from '../input/drag-guard'
import { COUNTER_GROUP, hitInstanceId } from './instance-ids'
import { counterBandPart } from './model-parts'
import { PlacedInstances, type Placement } from './placed-instances'
import { setPointerCursor } from './pointer-cursor'
import type { HallModels } from './use-hall-models'

/**
 * Every counter of the hall, instanced: one InstancedMesh per model part whatever the counter count,
 * the front panel tinted with the department colour. Hovering and clicking a counter go to the station
 * store; a drag that ends on a counter is a look, not a click.
 */
export function CounterInstances({ layout, models }: { layout: HallLayout; models: HallModels }) {
  const { placements, ids } = useMemo(() => {
    const colors = new Map(layout.departments.map((d) => [d.id, d.color]))
    return {
      placements: layout.counters.map((c): Placement => ({
        position: c.position,
        yaw: c.yaw,
        color: colors.get(c.departmentId),
      })),
      ids: layout.counters.map((c) => c.id),
    }
  }, [layout])
  const parts = useMemo(
    () => (models.counter.some((p) => p.tinted) ? models.counter : [...models.counter, counterBandPart()]),
    [models.counter],
  )

  const onPointerOver = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation()
    const id = hitInstanceId(e)
    if (!id) return
    useStationStore.getState().actions.hover(id)
    setPointerCursor(true)
  }
  const onPointerOut = (e: ThreeEvent<PointerEvent>) => {
    const id = hitInstanceId(e)
    const { hoveredCounterId, actions } = useStationStore.getState()
    if (id === hoveredCounterId) actions.hover(null)
    setPointerCursor(false)
  }
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation()
    if (wasDrag(e)) return
    const id = hitInstanceId(e)
    if (id) useStationStore.getState().actions.select(id)
  }

  return (
    <group name={COUNTER_GROUP} onPointerOver={onPointerOver} onPointerOut={onPointerOut} onClick={onClick}>
      <PlacedInstances parts={parts} placements={placements} ids={ids} />
    </group>
  )
}
