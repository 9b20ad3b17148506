import { useEffect, useMemo, useState } from 'react'
import { useThree } from '@react-three/fiber'
import type { ShaderMaterial } from 'three'
import type { HallLayout } from '../../shared/scene'
import { markLoad } from '../app/load-marks'
import { useLoadingStore } from '../app/loading-store'
import { useHallRenderStore } from './hall-render-store'
import type { FaceRect } from './model-parts'
import { packSignAtlas } from './sign-atlas'
import { SIGN_FONT_STACK, loadSignFont } from './sign-font'
import { buildSignGeometry } from './sign-geometry'
import { signMaterial } from './sign-material'
import { hallSignSpecs } from './sign-specs'
import { useLiveBoardSigns } from './live-board-signs'
import { drawSignAtlas } from './sign-textures'

/** The loading bar task for the sign font and atlas. */
export const SIGNS_TASK = 'hall-signs'

/**
 * Every sign of the hall (counters, labels, hanging signs, queue board screens): drawn with the hall
 * font into atlas pages stacked in one array texture, all quads merged into one mesh: one draw call
 * for all signs however many counters the hall has; the queue board screens follow the live queue
 * (only their cells are redrawn). `boardFace` is the queue board model's screen area
 * (model space); mount once it is known.
 */
export function SignMeshes({ layout, boardFace }: { layout: HallLayout; boardFace?: FaceRect }) {
  const maxAnisotropy = useThree((s) => s.gl.capabilities.getMaxAnisotropy())
  const renderer = useThree((s) => s.gl)
  const specs = useMemo(() => hallSignSpecs(layout, boardFace), [layout, boardFace])
  const atlas = useMemo(() => packSignAtlas(specs.map((s) => s.cell)), [specs])
  const geometry = useMemo(() => buildSignGeometry(specs, atlas), [specs, atlas])
  const [material, setMaterial] = useState<ShaderMaterial | null>(null)

  useEffect(() => () => geometry.dispose(), [geometry])

  useEffect(() => {
    let live = true
    let made: ShaderMaterial | null = null
    const report = useLoadingStore.getState().actions.report
    report(SIGNS_TASK, 0, 2)
    void loadSignFont().then(() => {
      if (!live) return
      report(SIGNS_TASK, 1, 2)
      made = signMaterial(drawSignAtlas(specs, atlas, SIGN_FONT_STACK, Math.min(8, maxAnisotropy)))
      markLoad('signs')
      setMaterial(made)
      report(SIGNS_TASK, 2, 2)
    })
    return () => {
      live = false
      made?.uniforms.atlas?.value?.dispose()
      made?.dispose()
    }
  }, [specs, atlas, maxAnisotropy])

  useEffect(() => {
    if (material) useHallRenderStore.getState().actions.signsDone()
  }, [material])

  useLiveBoardSigns(layout, specs, atlas, material, renderer)

  if (!material) return null
  return <mesh name="signs" geometry={geometry} material={material} />
}
