import type { LocalizedText } from '../../shared/scene'
import type { CounterCallLive } from '../counter-call/counter-call-live'
import type { XrAutomationState } from '../xr/xr-automation'
import type { FrameStats } from './frame-stats'

/** A counter as the automation hook reports it. */
export type AutomationCounter = {
  id: string
  number: string
  /** Department id. */
  department: string
  /** Department name (for a one-stop window too: its department's name). */
  name: LocalizedText
  /** Counter centre on the floor: [x, 0, z] metres. */
  position: [number, number, number]
}

/** Renderer statistics of the last drawn frame. */
export type RenderInfo = { calls: number; triangles: number; geometries: number; textures: number }

/**
 * `window.__onehall`: what end-to-end tests and benchmarks read and drive. Documented in
 * docs/automation.md; bump `version` when the shape changes.
 */
export type OneHallAutomation = {
  readonly version: 1
  /** True once the hall is loaded, its models and signs are built and a frame with them was drawn. */
  readonly ready: boolean
  counters(): AutomationCounter[]
  /** Viewport CSS pixels of the counter's front (desk height), or null when not visible. */
  screenPoint(counterId: string): { x: number; y: number } | null
  /** Player floor position [x, 0, z] and view yaw in radians (three.js camera rotation.y). */
  player(): { position: [number, number, number]; yaw: number }
  renderInfo(): RenderInfo
  /** Frame times over the last 120 frames (milliseconds), for benchmarks. */
  frameStats(): FrameStats
  /** Teleports the player in front of the counter, facing it. Returns false for an unknown id. */
  goToCounter(counterId: string): boolean
  /** Headset mode: whether a session runs, the XR origin, and which VR panels are open. */
  xr(): XrAutomationState
  /** World position of a named target in the VR panels (`service:<id>`, `close`, `menu:seated`...), or null. */
  xrTarget(name: string): [number, number, number] | null
  /** The video call at the counter (3D hall or VR): phase, presented frames of the clerk's video, where it shows. */
  counterCall(): CounterCallLive
  /** The queue board screens: how often they were redrawn from the live board and the calls drawn. */
  queueBoard(): { redraws: number; called: string[] }
}

declare global {
  interface Window {
    __onehall?: OneHallAutomation
  }
}
