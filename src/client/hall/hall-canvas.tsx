import { Canvas } from '@react-three/fiber'
import { useHallDataStore } from '../app/hall-data-store'
import { markLoad } from '../app/load-marks'
import { HallCallScreenMount } from '../counter-call/hall-call-screen-mount'
import { DesktopInput } from '../input/desktop-input'
import { TouchInput } from '../input/touch-input'
import { PlayerRig } from '../player/player-rig'
import { EnterVrButton } from '../xr/enter-vr-button'
import { XrMount } from '../xr/xr-mount'
import { AutomationHook } from './automation-hook'
import { HallLights } from './hall-lights'
import { HallScene } from './hall-scene'
import { loadSignFont } from './sign-font'
import { preloadHallModels } from './use-hall-models'

// This module is the lazily loaded hall chunk: fetch models and the sign font as soon as it arrives, in
// parallel with creating the WebGL context, instead of after the first render.
markLoad('hall-code')
void preloadHallModels()
void loadSignFont()

/** Renderer settings for software GL: no MSAA, a capped pixel ratio, no kept drawing buffer. */
const GL = { antialias: false, preserveDrawingBuffer: false, powerPreference: 'high-performance' } as const
const DPR: [number, number] = [1, 1.5]
const CAMERA = { fov: 70, near: 0.1, far: 500, position: [0, 1.6, 0] as [number, number, number] }
const BACKGROUND = '#dfe6ee'

/**
 * The 3D hall: a full-size canvas showing the hall from `useHallDataStore`, with the player rig, the
 * desktop and touch inputs and the automation hook. Lazy-loaded by the app shell (default export).
 */
export function HallCanvas() {
  const hall = useHallDataStore((s) => s.hall)
  return (
    <div data-testid="hall-canvas" style={{ position: 'absolute', inset: 0 }}>
      <Canvas
        gl={GL}
        dpr={DPR}
        flat
        camera={CAMERA}
        onCreated={({ gl }) => {
          gl.domElement.tabIndex = 0
          markLoad('renderer')
        }}
      >
        <color attach="background" args={[BACKGROUND]} />
        <HallLights />
        {hall && <HallScene key={hall.id} layout={hall} />}
        {hall && <HallCallScreenMount counters={hall.counters} />}
        <PlayerRig />
        <DesktopInput />
        <TouchInput />
        <AutomationHook />
        <XrMount />
      </Canvas>
      <EnterVrButton />
    </div>
  )
}

export default HallCanvas
