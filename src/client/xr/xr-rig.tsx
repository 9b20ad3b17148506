import { useEffect, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { XROrigin } from '@react-three/xr'
import type { Group } from 'three'
import { radToDeg } from 'three/src/math/MathUtils.js'
import { useStationStore } from '../app/station-store'
import { inputActions } from '../input/actions'
import { usePlayerStore } from '../player/player-store'
import { viewRaise } from './comfort-settings'
import { useComfortStore } from './comfort-store'
import { xrLive } from './xr-live'
import { headInHall, originForView, yawOfQuaternion } from './xr-pose'
import { useXrSessionStore } from './xr-session-store'
import { xrStore } from './xr-store'

/** The origin pose in the hall: the player store holds it while presenting. */
const currentOrigin = () => {
  const { position, yaw } = usePlayerStore.getState()
  return { position, yaw }
}

/**
 * Places the XR origin (the play area) in the hall every frame from the player store, which holds the
 * origin while a session runs, raised for seated mode and the height setting. Reads the head pose from
 * the XR frame. When a session starts, the head is put where the desktop visitor stood, looking the same
 * way; when it ends, the desktop view continues from where the head was.
 */
export function XrRig() {
  const origin = useRef<Group>(null)
  const placeOnFirstPose = useRef(false)

  useEffect(() => {
    const sync = (mode: XRSessionMode | null) => {
      useXrSessionStore.getState().actions.setSession(mode)
      xrLive.tracked = false
      placeOnFirstPose.current = mode !== null
    }
    sync(xrStore.getState().session ? xrStore.getState().mode : null)
    const unsubscribe = xrStore.subscribe((state, previous) => {
      if (state.session === previous.session) return
      if (!state.session) {
        // Back to the desktop: stand where the head was, look where it looked.
        if (xrLive.tracked) {
          const head = headInHall(currentOrigin(), xrLive.head)
          inputActions.teleportTo(head.position, radToDeg(head.yaw))
        }
        useXrSessionStore.getState().actions.showService(null)
      }
      sync(state.session ? state.mode : null)
    })
    return unsubscribe
  }, [])

  useFrame((_, __, frame: XRFrame | undefined) => {
    const group = origin.current
    if (!group) return
    const space = xrStore.getState().originReferenceSpace
    const pose = frame && space ? frame.getViewerPose(space) : undefined
    if (pose) {
      const { position: p, orientation: q } = pose.transform
      xrLive.head = { position: [p.x, p.z], yaw: yawOfQuaternion(q) }
      xrLive.headHeight = p.y
      if (!xrLive.tracked && placeOnFirstPose.current) {
        const start = originForView(currentOrigin(), xrLive.head)
        inputActions.teleportTo(start.position, radToDeg(start.yaw))
        placeOnFirstPose.current = false
      }
      xrLive.tracked = true
      xrLive.frames++
    }
    const { position, yaw } = currentOrigin()
    const raise = viewRaise(useComfortStore.getState())
    group.position.set(position[0], raise, position[1])
    group.rotation.set(0, yaw, 0)
    xrLive.origin.position = [position[0], raise, position[1]]
    xrLive.origin.yaw = yaw
  })

  // A new counter chosen in VR starts on its service list.
  useEffect(
    () =>
      useStationStore.subscribe((state, previous) => {
        if (state.selectedCounterId !== previous.selectedCounterId) {
          useXrSessionStore.getState().actions.showService(null)
        }
      }),
    [],
  )

  return <XROrigin ref={origin} />
}
