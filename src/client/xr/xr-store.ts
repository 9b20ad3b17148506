import { createXRStore } from '@react-three/xr'
import { useComfortStore } from './comfort-store'

/** Headset refresh rate we ask for: 72 Hz leaves time for a whole hall per eye (not the 120 Hz default). */
export const XR_FRAME_RATE = 72
/** Where the self-hosted WebXR input profiles live (public/xr/profiles, scripts/copy-xr-profiles.mjs). */
export const XR_PROFILES_PATH = '/xr/profiles/'
/** The pointer cursor's size at reticle scale 1, metres (the library default). */
const CURSOR_SIZE = 0.1
/**
 * A press (trigger or pinch) shorter than this on the same target is a click. The library's 300 ms
 * misses slow, deliberate presses (older visitors, tremor) and presses spanning a few slow frames.
 */
export const CLICK_THRESHOLD_MS = 1500

/** Controller and hand options: a ray for counters and panels, an arc for teleporting. */
export function inputOptions(reticleSize: number) {
  const rayPointer = {
    clickThresholdMs: CLICK_THRESHOLD_MS,
    cursorModel: { size: CURSOR_SIZE * reticleSize },
  }
  return { teleportPointer: true, rayPointer }
}

/**
 * The one XR store of the page, created when the XR chunk first loads. Frame rate pinned, fixed
 * foveation on, controller profiles from OneHall itself. Tests install Meta's IWER emulator themselves,
 * so the store's own emulation stays off.
 */
export const xrStore = createXRStore({
  frameRate: (rates) => (Array.from(rates).includes(XR_FRAME_RATE) ? XR_FRAME_RATE : false),
  foveation: 1,
  emulate: false,
  offerSession: false,
  baseAssetPath: `${location.origin}${XR_PROFILES_PATH}`,
  controller: inputOptions(useComfortStore.getState().reticleSize),
  hand: inputOptions(useComfortStore.getState().reticleSize),
  gaze: false,
  screenInput: false,
  transientPointer: false,
})

// The reticle size is a comfort setting: apply changes to both kinds of input.
useComfortStore.subscribe((state, previous) => {
  if (state.reticleSize === previous.reticleSize) return
  xrStore.setController(inputOptions(state.reticleSize))
  xrStore.setHand(inputOptions(state.reticleSize))
})
