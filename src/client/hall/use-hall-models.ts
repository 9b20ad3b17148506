import { useEffect, useState } from 'react'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { FURNITURE_FOOTPRINTS, type FurnitureKind } from '../../shared/scene'
import { markLoad } from '../app/load-marks'
import { useLoadingStore } from '../app/loading-store'
import { extractModelParts, footprintBoxPart, type ModelPart } from './model-parts'

/** The parts of every furniture kind's model. */
export type HallModels = Record<FurnitureKind, ModelPart[]>

const KINDS = Object.keys(FURNITURE_FOOTPRINTS) as FurnitureKind[]

/** Model files are served by OneHall itself from public/models/, one per kind. */
export const modelUrl = (kind: FurnitureKind) => `/models/${kind}.glb`

/** The loading bar task these models report to. */
export const MODELS_TASK = 'hall-models'

let cache: Promise<HallModels> | null = null

function loadAll(): Promise<HallModels> {
  const loader = new GLTFLoader()
  // The decoder's wasm is inlined in three's module; nothing is fetched from elsewhere.
  loader.setMeshoptDecoder(MeshoptDecoder)
  const report = useLoadingStore.getState().actions.report
  let done = 0
  report(MODELS_TASK, 0, KINDS.length)
  return Promise.all(
    KINDS.map(async (kind): Promise<[FurnitureKind, ModelPart[]]> => {
      let parts: ModelPart[]
      try {
        const gltf = await loader.loadAsync(modelUrl(kind))
        parts = extractModelParts(gltf.scene)
        if (parts.length === 0) throw new Error('the file has no meshes')
      } catch (error) {
        console.error(
          `OneHall: model ${modelUrl(kind)} could not be loaded; drawing its footprint instead.`,
          error,
        )
        parts = [footprintBoxPart(kind)]
      }
      report(MODELS_TASK, ++done, KINDS.length)
      return [kind, parts]
    }),
  ).then((entries) => {
    markLoad('models')
    return Object.fromEntries(entries) as HallModels
  })
}

/** Starts loading the models (once per page) without waiting, so they arrive while the canvas starts. */
export function preloadHallModels(): Promise<HallModels> {
  cache ??= loadAll()
  return cache
}

/**
 * Loads the furniture models once per page (shared by every hall shown) and reports progress to the
 * loading bar. Returns null until all are loaded; a model that fails is replaced by its footprint box.
 */
export function useHallModels(): HallModels | null {
  const [models, setModels] = useState<HallModels | null>(null)
  useEffect(() => {
    let live = true
    void preloadHallModels().then((loaded) => live && setModels(loaded))
    return () => {
      live = false
    }
  }, [])
  return models
}
