import { Suspense, lazy, useEffect } from 'react'
import { XrErrorBoundary } from './xr-error-boundary'
import { useXrSessionStore } from './xr-session-store'
import { detectXrSupport } from './xr-support'

// The XR library, the XR store and the rig: a separate chunk, fetched only when a headset is possible.
const XrLayer = lazy(() => import('./xr-layer'))

/**
 * Placed inside the hall Canvas: when the browser supports immersive VR, loads and mounts the XR layer
 * (after the desktop hall is already drawing). Renders nothing otherwise.
 */
export function XrMount() {
  const supported = useXrSessionStore((s) => s.supported)
  useEffect(() => {
    void detectXrSupport()
  }, [])
  if (!supported) return null
  return (
    <XrErrorBoundary>
      <Suspense fallback={null}>
        <XrLayer />
      </Suspense>
    </XrErrorBoundary>
  )
}
