import { useState } from 'react'
import { Container, Text } from '@react-three/uikit'
import { degToRad, radToDeg } from 'three/src/math/MathUtils.js'
import type { Hall } from '../../shared/scene/schema'
import { usePreferencesStore } from '../app/preferences-store'
import { inputActions } from '../input/actions'
import { usePlayerStore } from '../player/player-store'
import { nextOption, RETICLE_SIZES, SNAP_ANGLES, stepHeight } from './comfort-settings'
import { useComfortStore } from './comfort-store'
import { XrButton } from './xr-button'
import { comfortJump } from './xr-fade-state'
import { xrLive } from './xr-live'
import { headInHall, originForView } from './xr-pose'
import { useXrSessionStore } from './xr-session-store'
import { xrStore } from './xr-store'
import { xrT } from './xr-text'
import { XR_PANEL_FRAME, XR_THEME } from './xr-theme'

// The menu floats this far in front of the head when opened, slightly below eye level.
const MENU_DISTANCE = 1.1
const MENU_DROP = 0.25

/**
 * Resets the view: the visitor stays where they stand and faces the hall's starting direction (the
 * "safe" view every visit begins with).
 */
export function recenter(hall: Hall) {
  comfortJump(() => {
    const { position, yaw } = usePlayerStore.getState()
    const standing = headInHall({ position, yaw }, xrLive.head).position
    const origin = originForView({ position: standing, yaw: degToRad(hall.spawn.yaw) }, xrLive.head)
    inputActions.teleportTo(origin.position, radToDeg(origin.yaw))
  })
}

/**
 * The comfort menu (W3C XR accessibility: seated mode, height, view reset, turning, teleport-only,
 * reduced motion, pointer size), opened with the left X button or the panel's "Comfort" button. Placed in front of the
 * head where it was opened. Every setting persists (comfort store).
 */
export function XrComfortMenu({ hall }: { hall: Hall }) {
  const open = useXrSessionStore((s) => s.menuOpen)
  return open ? <ComfortMenuBody hall={hall} /> : null
}

/** Where the menu floats: in front of the head as it is now. */
function placeInFront(): { position: [number, number, number]; yaw: number } {
  const { position, yaw } = usePlayerStore.getState()
  const head = headInHall({ position, yaw }, xrLive.head)
  const y = xrLive.origin.position[1] + xrLive.headHeight - MENU_DROP
  return {
    position: [
      head.position[0] - Math.sin(head.yaw) * MENU_DISTANCE,
      y,
      head.position[1] - Math.cos(head.yaw) * MENU_DISTANCE,
    ],
    yaw: head.yaw,
  }
}

function ComfortMenuBody({ hall }: { hall: Hall }) {
  // Placed once when opened, so it does not follow the head or jump when a setting changes.
  const [placement] = useState(placeInFront)
  const language = usePreferencesStore((s) => s.language)
  const elder = usePreferencesStore((s) => s.elderMode)
  const comfort = useComfortStore()
  const { set } = comfort.actions
  const onOff = (value: boolean) => xrT(language, value ? 'on' : 'off')

  return (
    <group position={placement.position} rotation-y={placement.yaw}>
      <Container
        pixelSize={XR_THEME.pixelSize * (elder ? XR_THEME.elderScale : 1)}
        width={520}
        {...XR_PANEL_FRAME}
        gap={10}
      >
        <Text fontSize={XR_THEME.titleSize} fontWeight="bold">
          {xrT(language, 'comfort')}
        </Text>
        <XrButton
          name="menu:seated"
          label={`${xrT(language, 'seated')}: ${onOff(comfort.seated)}`}
          onSelect={() => set({ seated: !comfort.seated })}
        />
        <Container flexDirection="row" gap={8} alignItems="center">
          <Text flexGrow={1}>{`${xrT(language, 'height')}: ${comfort.heightOffset.toFixed(1)} m`}</Text>
          <XrButton
            name="menu:lower"
            label={xrT(language, 'lower')}
            onSelect={() => set({ heightOffset: stepHeight(comfort.heightOffset, -1) })}
          />
          <XrButton
            name="menu:higher"
            label={xrT(language, 'higher')}
            onSelect={() => set({ heightOffset: stepHeight(comfort.heightOffset, 1) })}
          />
        </Container>
        <XrButton name="menu:recenter" label={xrT(language, 'recenter')} onSelect={() => recenter(hall)} />
        <XrButton
          name="menu:snap"
          label={`${xrT(language, 'snapAngle')}: ${xrT(language, 'degrees', { count: comfort.snapAngle })}`}
          onSelect={() => set({ snapAngle: nextOption(SNAP_ANGLES, comfort.snapAngle) })}
        />
        <XrButton
          name="menu:smooth-turn"
          label={`${xrT(language, 'smoothTurn')}: ${onOff(comfort.smoothTurn)}`}
          onSelect={() => set({ smoothTurn: !comfort.smoothTurn })}
        />
        <XrButton
          name="menu:teleport-only"
          label={`${xrT(language, 'teleportOnly')}: ${onOff(comfort.teleportOnly)}`}
          onSelect={() => set({ teleportOnly: !comfort.teleportOnly })}
        />
        <XrButton
          name="menu:reduced-motion"
          label={`${xrT(language, 'reducedMotion')}: ${onOff(comfort.reducedMotion)}`}
          onSelect={() => set({ reducedMotion: !comfort.reducedMotion })}
        />
        <XrButton
          name="menu:reticle"
          label={`${xrT(language, 'reticleSize')}: ×${comfort.reticleSize}`}
          onSelect={() => set({ reticleSize: nextOption(RETICLE_SIZES, comfort.reticleSize) })}
        />
        <XrButton
          name="menu:exit"
          label={xrT(language, 'exitVr')}
          onSelect={() => void xrStore.getState().session?.end()}
        />
        <XrButton
          name="menu:close"
          variant="primary"
          label={xrT(language, 'close')}
          onSelect={() => useXrSessionStore.getState().actions.toggleMenu(false)}
        />
      </Container>
    </group>
  )
}
