import { useMemo, useRef } from 'react'
import { createPortal, useFrame, useThree } from '@react-three/fiber'
import {
  PointerCursorModel,
  TeleportPointerRayModel,
  XRSpace,
  defaultRayPointerOpacity,
  useLinesPointer,
  usePointerXRInputSourceEvents,
  useXRInputSourceStateContext,
} from '@react-three/xr'
import { Euler, Quaternion, type Group, type Mesh, type Object3D } from 'three'
import { teleportArcPoints } from './teleport-arc'

/** The aim may point up by this much at most, so the arc always comes down to the floor. */
const MAX_PITCH = (55 * Math.PI) / 180
// Runs after XRSpace poses (priority -100) and before the pointers intersect the scene (-50).
const SYNC_PRIORITY = -75

const isTeleportTarget = (object: Object3D) => object.userData.teleportTarget === true

const euler = new Euler(0, 0, 0, 'YXZ')
const quaternion = new Quaternion()

/**
 * Places the arc's frame on the controller's aim each frame: its position, yaw and pitch (no roll, so
 * the arc always bends toward the floor). Unlike the library's teleport pointer there is no easing and
 * no extra downward tilt: easing by frame time overshoots when frames take longer than 100 ms (a slow
 * headset frame, or an emulator), which swung the arc of a still controller across the hall.
 */
function syncArcFrame(aim: Object3D, frame: Object3D) {
  aim.updateWorldMatrix(true, false)
  aim.matrixWorld.decompose(frame.position, quaternion, frame.scale)
  euler.setFromQuaternion(quaternion)
  euler.z = 0
  euler.x = Math.min(euler.x, MAX_PITCH)
  frame.quaternion.setFromEuler(euler)
  frame.updateMatrixWorld()
}

/**
 * A teleport pointer for a controller or hand, in the same combined pointer as its ray: the arc follows
 * the aim, hits only teleport targets (`<TeleportTarget>`), and select (trigger or pinch) on a target
 * teleports. Shown while select is held.
 */
export function XrTeleportPointer() {
  const state = useXRInputSourceStateContext()
  const aimRef = useRef<Group>(null)
  const frameRef = useRef<Group>(null)
  const cursorRef = useRef<Mesh>(null)
  const linePoints = useMemo(() => teleportArcPoints(), [])
  const pointer = useLinesPointer(frameRef, state, { linePoints, filter: isTeleportTarget }, 'teleport')
  usePointerXRInputSourceEvents(pointer, state.inputSource, 'select', state.events)
  const scene = useThree((s) => s.scene)
  useFrame(() => {
    if (aimRef.current && frameRef.current) syncArcFrame(aimRef.current, frameRef.current)
  }, SYNC_PRIORITY)
  useFrame(() => {
    if (cursorRef.current)
      cursorRef.current.visible = pointer.getEnabled() && pointer.getButtonsDown().size > 0
  })
  return (
    <>
      <XRSpace ref={aimRef} space="target-ray-space" />
      {createPortal(
        <group ref={frameRef}>
          <TeleportPointerRayModel
            linePoints={linePoints}
            pointer={pointer}
            opacity={defaultRayPointerOpacity}
          />
          <PointerCursorModel ref={cursorRef} pointer={pointer} opacity={defaultRayPointerOpacity} />
        </group>,
        scene,
      )}
    </>
  )
}
