import { useXrSessionStore } from './xr-session-store'

let asked: Promise<boolean> | null = null

/**
 * Asks the browser once whether it can start an immersive VR session and records the answer in the
 * XR session store. No XR library code is loaded for this.
 */
export function detectXrSupport(): Promise<boolean> {
  asked ??= (async () => {
    let supported = false
    try {
      supported = (await navigator.xr?.isSessionSupported('immersive-vr')) ?? false
    } catch {
      // A permissions policy or a broken runtime: no headset mode.
    }
    useXrSessionStore.getState().actions.setSupported(supported)
    return supported
  })()
  return asked
}
