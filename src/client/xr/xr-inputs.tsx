import { Suspense } from 'react'
import {
  CombinedPointer,
  DefaultXRControllerGrabPointer,
  DefaultXRHandGrabPointer,
  DefaultXRHandTouchPointer,
  DefaultXRInputSourceRayPointer,
  XRControllerModel,
  XRHandModel,
} from '@react-three/xr'
import { useComfortStore } from './comfort-store'
import { XrTeleportPointer } from './xr-teleport-pointer'

/** The pointer cursor's size at reticle scale 1, metres (the library default). */
const CURSOR_SIZE = 0.1
/**
 * A press (trigger or pinch) shorter than this on the same target is a click. The library's 300 ms
 * misses slow, deliberate presses (older visitors, tremor) and presses spanning a few slow frames.
 */
export const CLICK_THRESHOLD_MS = 1500
/** Rays start this far from the controller or hand (the library default), so a held panel stays usable. */
const RAY_MIN_DISTANCE = 0.2
/** A hand's ray is drawn only this long, metres (the library default), so it does not clutter the view. */
const HAND_RAY_LENGTH = 0.2

/** The ray's options: click threshold and the reticle size comfort setting. */
function useRayOptions() {
  const reticleSize = useComfortStore((s) => s.reticleSize)
  return { clickThresholdMs: CLICK_THRESHOLD_MS, cursorModel: { size: CURSOR_SIZE * reticleSize } }
}

/**
 * A controller: its model, and one combined pointer of grab, ray (the default: counters, panels, menu)
 * and teleport arc, the nearest hit winning. Our own teleport arc replaces the library's (see
 * xr-teleport-pointer.tsx).
 */
export function XrController() {
  const ray = useRayOptions()
  return (
    <>
      <Suspense fallback={null}>
        <XRControllerModel />
      </Suspense>
      <CombinedPointer>
        <DefaultXRControllerGrabPointer />
        <DefaultXRInputSourceRayPointer makeDefault minDistance={RAY_MIN_DISTANCE} {...ray} />
        <XrTeleportPointer />
      </CombinedPointer>
    </>
  )
}

/** A tracked hand: its model, and grab, touch, ray and teleport arc combined as for a controller. */
export function XrHand() {
  const ray = useRayOptions()
  return (
    <>
      <Suspense fallback={null}>
        <XRHandModel />
      </Suspense>
      <CombinedPointer>
        <DefaultXRHandGrabPointer />
        <DefaultXRHandTouchPointer />
        <DefaultXRInputSourceRayPointer
          makeDefault
          minDistance={RAY_MIN_DISTANCE}
          {...ray}
          rayModel={{ maxLength: HAND_RAY_LENGTH }}
        />
        <XrTeleportPointer />
      </CombinedPointer>
    </>
  )
}
