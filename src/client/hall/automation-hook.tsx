import { useEffect, useRef, useState } from 'react'
import { addAfterEffect, useThree } from '@react-three/fiber'
import { useHallDataStore } from '../app/hall-data-store'
import { markLoad } from '../app/load-marks'
import { readCounterCallLive } from '../counter-call/counter-call-live'
import { usePlayerStore } from '../player/player-store'
import { xrAutomationState } from '../xr/xr-automation'
import { targetPoint } from '../xr/xr-targets'
import type { OneHallAutomation, RenderInfo } from './automation-api'
import { createFrameTimes } from './frame-stats'
import { boardSignState } from './live-board-signs'
import { useHallRenderStore } from './hall-render-store'
import { counterAimPoint, firstHitIsCounter, projectToRect } from './screen-point'

/**
 * Installs `window.__onehall` for tests and benchmarks (see docs/automation.md) and removes it on
 * unmount. Renders nothing; keeps per-frame numbers in refs.
 */
export function AutomationHook() {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  const stats = useRef<RenderInfo>({ calls: 0, triangles: 0, geometries: 0, textures: 0 })
  const framesBuilt = useRef(0)
  const [frameTimes] = useState(() => createFrameTimes())

  useEffect(() => {
    let previous: number | null = null
    // Runs right after each rendered frame: gl.info then holds exactly that frame (it resets at the
    // start of the next render), and a frame drawn while everything was built means the hall is visible.
    // The flags are set in effects after React committed the content, so that frame included it.
    return addAfterEffect((timestamp) => {
      if (previous !== null) frameTimes.add(timestamp - previous)
      previous = timestamp
      const { render, memory } = gl.info
      const last = stats.current
      last.calls = render.calls
      last.triangles = render.triangles
      last.geometries = memory.geometries
      last.textures = memory.textures
      const { hallId, modelsBuilt, signsBuilt } = useHallRenderStore.getState()
      const hall = useHallDataStore.getState().hall
      const built = hall !== null && hallId === hall.id && modelsBuilt && signsBuilt
      framesBuilt.current = built ? framesBuilt.current + 1 : 0
      if (framesBuilt.current === 1) markLoad('ready')
    })
  }, [gl, frameTimes])

  useEffect(() => {
    const counters = () => useHallDataStore.getState().hall?.counters ?? []
    const api: OneHallAutomation = {
      version: 1,
      get ready() {
        return framesBuilt.current > 0
      },
      counters() {
        const hall = useHallDataStore.getState().hall
        if (!hall) return []
        const departments = new Map(hall.departments.map((d) => [d.id, d]))
        return hall.counters.map((c) => ({
          id: c.id,
          number: c.number,
          department: c.departmentId,
          name: departments.get(c.departmentId)?.name ?? { zh: '', en: '' },
          position: [c.position[0], 0, c.position[1]],
        }))
      },
      screenPoint(counterId) {
        const counter = counters().find((c) => c.id === counterId)
        if (!counter) return null
        camera.updateMatrixWorld()
        scene.updateMatrixWorld()
        const point = counterAimPoint(counter)
        const screen = projectToRect(point, camera, gl.domElement.getBoundingClientRect())
        if (!screen || !firstHitIsCounter(point, camera, scene, counterId)) return null
        return screen
      },
      player() {
        const { position, yaw } = usePlayerStore.getState()
        return { position: [position[0], 0, position[1]], yaw }
      },
      renderInfo: () => ({ ...stats.current }),
      frameStats: () => frameTimes.stats(),
      goToCounter: (counterId) =>
        usePlayerStore.getState().actions.goToCounter(counterId, { teleport: true }),
      xr: xrAutomationState,
      xrTarget: targetPoint,
      counterCall: readCounterCallLive,
      queueBoard: () => ({ redraws: boardSignState.redraws, called: [...boardSignState.called] }),
    }
    window.__onehall = api
    return () => {
      if (window.__onehall === api) delete window.__onehall
    }
  }, [gl, scene, camera, frameTimes])

  return null
}
