import { useEffect, useLayoutEffect, useMemo } from 'react'
import type { HallLayout } from '../../shared/scene'
import { CounterHighlight } from './counter-highlight'
import { CounterInstances } from './counter-instances'
import { FurnitureInstances } from './furniture-instances'
import { HallCeiling } from './hall-ceiling'
import { HallFloor } from './hall-floor'
import { useHallRenderStore } from './hall-render-store'
import { HallWalls } from './hall-walls'
import { setPointerCursor } from './pointer-cursor'
import { faceRectOf } from './model-parts'
import { SignMeshes } from './sign-meshes'
import { useHallModels } from './use-hall-models'

/** Everything drawn for one hall, built from its layout data. Mount with `key={hall.id}`. */
export function HallScene({ layout }: { layout: HallLayout }) {
  const models = useHallModels()
  const { begin, modelsDone } = useHallRenderStore.getState().actions

  useLayoutEffect(() => {
    begin(layout.id)
    return () => {
      begin(null)
      setPointerCursor(false)
    }
  }, [begin, layout.id])
  useEffect(() => {
    if (models) modelsDone()
  }, [models, modelsDone])
  // Until every part is built the hall stays hidden: on software GL each frame of a half-built hall (the
  // floor and walls fill the screen) costs as much as a full one, and those frames delayed the first
  // complete one. The loading bar covers the wait.
  const built = useHallRenderStore((s) => s.hallId === layout.id && s.modelsBuilt && s.signsBuilt)
  const boardFace = useMemo(
    () => (models && faceRectOf(models['queue-board'], 'face')) ?? undefined,
    [models],
  )

  return (
    <group visible={built}>
      <HallFloor size={layout.size} />
      <HallWalls layout={layout} />
      <HallCeiling size={layout.size} />
      {models && (
        <>
          <CounterInstances layout={layout} models={models} />
          <FurnitureInstances furniture={layout.furniture} models={models} />
          <SignMeshes layout={layout} boardFace={boardFace} />
        </>
      )}
      <CounterHighlight layout={layout} />
    </group>
  )
}
