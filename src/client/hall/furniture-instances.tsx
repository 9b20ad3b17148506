import { useMemo } from 'react'
import type { Furniture, FurnitureKind } from '../../shared/scene'
import { PlacedInstances, type Placement } from './placed-instances'
import type { HallModels } from './use-hall-models'

type PlacedKind = Exclude<FurnitureKind, 'counter'>

/** All furniture of a hall (desks, kiosks, seats, boards, pillars, plants), instanced by kind. */
export function FurnitureInstances({
  furniture,
  models,
}: {
  furniture: readonly Furniture[]
  models: HallModels
}) {
  const byKind = useMemo(() => {
    const groups = new Map<PlacedKind, { placements: Placement[]; ids: string[] }>()
    for (const item of furniture) {
      const group = groups.get(item.kind) ?? { placements: [], ids: [] }
      group.placements.push({ position: item.position, yaw: item.yaw })
      group.ids.push(item.id)
      groups.set(item.kind, group)
    }
    return [...groups]
  }, [furniture])

  return (
    <group name="furniture">
      {byKind.map(([kind, { placements, ids }]) => (
        <PlacedInstances key={kind} parts={models[kind]} placements={placements} ids={ids} />
      ))}
    </group>
  )
}
