import type { CallPhase } from '../call/call-session'

/**
 * What automation reads about the counter's video call (`window.__onehall.counterCall()`), written by
 * the lazily loaded call code. Kept free of imports so the hall's first chunk can read it without
 * loading the call engine.
 */
export type CounterCallLive = {
  ticketId: string | null
  counterId: string | null
  phase: CallPhase | null
  /** Frames of the clerk's video presented so far (requestVideoFrameCallback). */
  frames: number
  /** The clerk's video element's playback time, seconds. */
  currentTime: number
  /** Where the clerk's video is drawn now: the 3D counter screen, the VR panel, or nowhere. */
  shownOn: 'hall-screen' | 'vr-panel' | null
  /** The material drawing the picture has the call's video texture as its map. */
  textureBound: boolean
  /**
   * The 3D counter screen's bounds in viewport CSS pixels while it is drawn whole in view (desktop
   * hall only; null otherwise), for tests that read the canvas there.
   */
  screenRect: { x: number; y: number; width: number; height: number } | null
}

/** The single live record; reset when a call is left. */
export const counterCallLive: CounterCallLive = {
  ticketId: null,
  counterId: null,
  phase: null,
  frames: 0,
  currentTime: 0,
  shownOn: null,
  textureBound: false,
  screenRect: null,
}

/** A copy of the live record (automation answers with plain data). */
export function readCounterCallLive(): CounterCallLive {
  const { screenRect } = counterCallLive
  return { ...counterCallLive, screenRect: screenRect && { ...screenRect } }
}
