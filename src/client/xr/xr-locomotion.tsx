import { useEffect, useState } from 'react'
import { useFrame } from '@react-three/fiber'
import { degToRad, radToDeg } from 'three/src/math/MathUtils.js'
import { inputActions } from '../input/actions'
import { usePlayerStore } from '../player/player-store'
import { useComfortStore } from './comfort-store'
import { applyDeadZone, createPress, createSnapTurn } from './thumbstick'
import { comfortJump } from './xr-fade-state'
import { xrLive } from './xr-live'
import { rotateOffset, turnAroundHead } from './xr-pose'
import { useXrSessionStore } from './xr-session-store'
import { xrStore } from './xr-store'

const LEFT = 'xr-left'
const RIGHT = 'xr-right'
// xr-standard gamepad mapping: thumbstick axes 2 and 3; X/A button 4 on the controllers.
const STICK_X = 2
const STICK_Y = 3
const MENU_BUTTON = 4

function gamepadOf(session: XRSession, handedness: XRHandedness): Gamepad | undefined {
  for (const source of session.inputSources) {
    if (source.handedness === handedness && source.gamepad && !source.hand) return source.gamepad
  }
  return undefined
}

/**
 * Thumbsticks and buttons in a headset, mapped onto the same input actions as the desktop: the right
 * stick turns (snap turns of the comfort angle around the head, or smooth turning), the left stick walks
 * with collisions unless "teleport only" is on (walking follows where the head looks), and the left
 * controller's X button opens the comfort menu. Renders nothing.
 */
export function XrLocomotion() {
  const [snap] = useState(createSnapTurn)
  const [menuPress] = useState(createPress)

  useEffect(
    () => () => {
      inputActions.releaseIntent(LEFT)
      inputActions.releaseIntent(RIGHT)
    },
    [],
  )

  useFrame(() => {
    const session = xrStore.getState().session
    if (!session) return
    const comfort = useComfortStore.getState()
    const left = gamepadOf(session, 'left')
    const right = gamepadOf(session, 'right')

    const turnX = right?.axes[STICK_X] ?? 0
    if (comfort.smoothTurn) {
      inputActions.turnIntent(RIGHT, applyDeadZone(turnX))
    } else {
      inputActions.releaseIntent(RIGHT)
      const direction = snap(turnX)
      if (direction !== 0) {
        const angle = -direction * degToRad(comfort.snapAngle)
        // Computed when the turn happens (after a fade, with reduced motion), so quick turns add up.
        comfortJump(() => {
          const { position, yaw } = usePlayerStore.getState()
          // Pushing right turns right: a negative yaw change in the three.js convention.
          const turned = turnAroundHead({ position, yaw }, xrLive.head, angle)
          inputActions.teleportTo(turned.position, radToDeg(turned.yaw))
        })
      }
    }

    const moveX = comfort.teleportOnly ? 0 : applyDeadZone(left?.axes[STICK_X] ?? 0)
    const moveY = comfort.teleportOnly ? 0 : applyDeadZone(left?.axes[STICK_Y] ?? 0)
    if (moveX === 0 && moveY === 0) inputActions.releaseIntent(LEFT)
    else {
      // The stick is relative to the head; the walk intent to the origin's yaw.
      const [right, back] = rotateOffset([moveX, moveY], xrLive.head.yaw)
      inputActions.moveIntent(LEFT, [right, -back])
    }

    if (menuPress((left?.buttons[MENU_BUTTON]?.value ?? 0) > 0.5)) {
      useXrSessionStore.getState().actions.toggleMenu()
    }
  })
  return null
}
