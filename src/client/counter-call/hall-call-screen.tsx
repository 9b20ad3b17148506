import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Vector3, type Camera, type Mesh } from 'three'
import { degToRad } from 'three/src/math/MathUtils.js'
import type { Counter } from '../../shared/scene'
import { COUNTER_VIDEO_SCREEN, counterScreenPlacement, type ScreenQuad } from '../hall/counter-screen'
import { projectToRect } from '../hall/screen-point'
import { counterCallLive } from './counter-call-live'
import { useCounterCallStore } from './counter-call-store'
import { useCounterCallView } from './use-counter-call'

/** The texture a material draws, if it has one. */
const mapOf = (material: unknown) =>
  material && typeof material === 'object' && 'map' in material ? material.map : undefined

/** The screen is scenery: it never takes a pointer or hides a counter from the automation's rays. */
const noRaycast = () => undefined

const CORNERS: [number, number][] = [
  [-0.5, -0.5],
  [0.5, -0.5],
  [0.5, 0.5],
  [-0.5, 0.5],
]
const corner = new Vector3()

/** The mesh's bounds in viewport CSS pixels, or null unless all of it is in view. */
function viewportRect(mesh: Mesh, quad: ScreenQuad, camera: Camera, canvas: HTMLCanvasElement) {
  const rect = canvas.getBoundingClientRect()
  const xs: number[] = []
  const ys: number[] = []
  for (const [cx, cy] of CORNERS) {
    mesh.localToWorld(corner.set(cx * quad.size[0], cy * quad.size[1], 0))
    const point = projectToRect(corner, camera, rect)
    if (!point) return null
    xs.push(point.x)
    ys.push(point.y)
  }
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }
}

/**
 * The called counter's video screen in the desktop 3D hall: the clerk's picture (the call's
 * VideoTexture, the same `<video>` the VR panel uses) on a screen standing over the counter, placed from
 * the counter's data (see {@link counterScreenPlacement}), with the citizen's own picture small in its
 * corner. A lazy chunk, mounted while a called ticket's call can run and no VR session does.
 */
export default function HallCallScreen({ counters }: { counters: readonly Counter[] }) {
  const counterId = useCounterCallStore((s) => s.counterId)
  const remote = useCounterCallStore((s) => s.remote)
  const local = useCounterCallStore((s) => s.local)
  const cameraAvailable = useCounterCallStore((s) => s.mode === 'video')
  const view = useCounterCallView()
  const camera = useThree((s) => s.camera)
  const canvas = useThree((s) => s.gl.domElement)
  const screen = useRef<Mesh>(null)
  const counter = counters.find((c) => c.id === counterId)
  const placement = useMemo(() => counter && counterScreenPlacement(counter), [counter])

  useFrame(() => {
    // Automation: is the screen's material really drawing the call's texture, and where is it?
    const mesh = screen.current
    const bound = !!remote && !!mesh && mapOf(mesh.material) === remote.texture
    counterCallLive.textureBound = bound
    counterCallLive.shownOn = bound ? 'hall-screen' : null
    counterCallLive.screenRect =
      mesh && placement ? viewportRect(mesh, placement.screen, camera, canvas) : null
  })
  useEffect(
    () => () => {
      counterCallLive.textureBound = false
      counterCallLive.shownOn = null
      counterCallLive.screenRect = null
    },
    [],
  )

  if (!placement) return null
  const { screen: quad, self } = placement
  const showSelf = !!local && cameraAvailable && view.cameraOn && view.controls
  return (
    <>
      <mesh
        ref={screen}
        position={quad.position}
        rotation-y={degToRad(quad.yaw)}
        raycast={noRaycast}
        name="counter-call-screen"
      >
        <planeGeometry args={quad.size} />
        {view.showVideo && remote ? (
          // Keyed by texture: a material made with its map compiles the right shader at once.
          <meshBasicMaterial key={remote.texture.uuid} map={remote.texture} toneMapped={false} />
        ) : (
          <meshBasicMaterial color={COUNTER_VIDEO_SCREEN.idleColor} toneMapped={false} />
        )}
      </mesh>
      {showSelf && (
        <mesh position={self.position} rotation-y={degToRad(self.yaw)} raycast={noRaycast}>
          <planeGeometry args={self.size} />
          <meshBasicMaterial map={local.texture} toneMapped={false} />
        </mesh>
      )}
    </>
  )
}
