import { Suspense, lazy, useEffect } from 'react'
import { IfInSessionMode, XR } from '@react-three/xr'
import { useHallDataStore } from '../app/hall-data-store'
import { XrComfortFade } from './xr-comfort-fade'
import { XrLocomotion } from './xr-locomotion'
import { XrRig } from './xr-rig'
import { useXrSessionStore } from './xr-session-store'
import { xrStore } from './xr-store'
import { XrTeleport } from './xr-teleport'

// uikit and the panels load only once a session has started.
const XrPanels = lazy(() => import('./xr-panels'))

/**
 * Everything headset mode adds to the hall canvas, in its own chunk: the XR store connected to the
 * renderer, the play-area rig, and, during a session, teleport targets, thumbstick locomotion and the
 * uikit panels. Mounted by `<XrMount>` only when the browser supports immersive VR.
 */
export default function XrLayer() {
  const hall = useHallDataStore((s) => s.hall)
  useEffect(() => {
    const { setLayerReady } = useXrSessionStore.getState().actions
    setLayerReady(true)
    return () => setLayerReady(false)
  }, [])
  return (
    <XR store={xrStore}>
      <XrRig />
      <IfInSessionMode allow="immersive-vr">
        {hall && <XrTeleport key={hall.id} layout={hall} />}
        <XrLocomotion />
        <XrComfortFade />
        {hall && (
          <Suspense fallback={null}>
            <XrPanels hall={hall} />
          </Suspense>
        )}
      </IfInSessionMode>
    </XR>
  )
}
