import { createXRStore } from '@react-three/xr'
import { XrController, XrHand } from './xr-inputs'

/** Headset refresh rate we ask for: 72 Hz leaves time for a whole hall per eye (not the 120 Hz default). */
export const XR_FRAME_RATE = 72
/** Where the self-hosted WebXR input profiles live (public/xr/profiles, scripts/copy-xr-profiles.mjs). */
export const XR_PROFILES_PATH = '/xr/profiles/'

/**
 * The one XR store of the page, created when the XR chunk first loads. Frame rate pinned, fixed
 * foveation on, controller profiles from OneHall itself, controllers and hands with our own pointers
 * (xr-inputs.tsx). Tests install Meta's IWER emulator themselves, so the store's own emulation stays off.
 */
export const xrStore = createXRStore({
  frameRate: (rates) => (Array.from(rates).includes(XR_FRAME_RATE) ? XR_FRAME_RATE : false),
  foveation: 1,
  emulate: false,
  offerSession: false,
  baseAssetPath: `${location.origin}${XR_PROFILES_PATH}`,
  controller: XrController,
  hand: XrHand,
  gaze: false,
  screenInput: false,
  transientPointer: false,
})
