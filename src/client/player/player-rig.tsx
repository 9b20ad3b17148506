import { useFrame, useThree } from '@react-three/fiber'
import { moveIntents } from '../input/actions'
import type { MoveIntents } from '../input/move-intents'
import { usePlayerStore } from './player-store'

/** Eye height of a standing adult, metres. */
export const EYE_HEIGHT = 1.6
// A frame longer than this (a background tab waking up) is walked as this long, so nobody lurches.
const MAX_FRAME_SECONDS = 0.1

export type PlayerRigProps = {
  /** Where walking intent comes from. @default the page's shared `moveIntents` */
  intents?: MoveIntents
  /** Camera height above the floor, metres. @default EYE_HEIGHT */
  eyeHeight?: number
}

/**
 * Steps the visitor every frame (keys, click-to-walk path, collisions) and puts the default camera at
 * their eyes. Renders nothing; place it inside the Canvas.
 */
export function PlayerRig({ intents = moveIntents, eyeHeight = EYE_HEIGHT }: PlayerRigProps) {
  const camera = useThree((s) => s.camera)
  const xr = useThree((s) => s.gl.xr)
  useFrame((_, delta) => {
    const player = usePlayerStore.getState()
    player.actions.step(intents.read(), Math.min(delta, MAX_FRAME_SECONDS))
    // In a headset the tracked pose moves the camera; the XR rig places the play area instead.
    if (xr.isPresenting) return
    const { position, yaw, pitch } = usePlayerStore.getState()
    camera.position.set(position[0], eyeHeight, position[1])
    camera.rotation.set(pitch, yaw, 0, 'YXZ')
  })
  return null
}
