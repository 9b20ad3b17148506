import { useRef, type ComponentRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { Container, Image, Text } from '@react-three/uikit'
import { degToRad } from 'three/src/math/MathUtils.js'
import type { Hall } from '../../shared/scene/schema'
import { usePreferencesStore } from '../app/preferences-store'
import { counterCallLive } from '../counter-call/counter-call-live'
import { useCounterCallStore } from '../counter-call/counter-call-store'
import { useCounterCallView } from '../counter-call/use-counter-call'
import { XrButton } from './xr-button'
import { rotateOffset } from './xr-pose'
import { targetRef } from './xr-targets'
import { xrT } from './xr-text'
import { XR_PANEL_FRAME, XR_THEME } from './xr-theme'

/** The texture a material draws, if it has one. */
const mapOf = (material: unknown) =>
  material && typeof material === 'object' && 'map' in material ? material.map : undefined

/** Where the video panel stands relative to its counter (counter's local frame): over it, a little forward. */
export const CALL_PANEL_OFFSET: [number, number] = [0, 0.25]
/** Height of the video panel's centre above the floor (metres): above the counter, at eye level. */
export const CALL_PANEL_HEIGHT = 1.8
/** The clerk's picture, uikit pixels (4:3, the usual camera shape). */
const VIDEO_WIDTH = 480
const SELF_WIDTH = 128

/**
 * The video counter in VR: a uikit panel at the called counter showing the clerk's video (an Image
 * fed by the call's VideoTexture, the same `<video>` as the desktop screen), a small self-view, the
 * call's state and big mute / camera / hang up buttons. Shown while the counter call runs.
 */
export function XrCallPanel({ hall }: { hall: Hall }) {
  const counterId = useCounterCallStore((s) => s.counterId)
  const remote = useCounterCallStore((s) => s.remote)
  const local = useCounterCallStore((s) => s.local)
  const cameraAvailable = useCounterCallStore((s) => s.mode === 'video')
  const { actions } = useCounterCallStore.getState()
  const language = usePreferencesStore((s) => s.language)
  const elder = usePreferencesStore((s) => s.elderMode)
  const view = useCounterCallView()
  const image = useRef<ComponentRef<typeof Image>>(null)

  useFrame(() => {
    // Automation: is the panel's material really drawing the call's texture?
    const bound = !!remote && mapOf(image.current?.material) === remote.texture
    counterCallLive.textureBound = bound
    counterCallLive.shownOn = bound ? 'vr-panel' : null
  })

  const counter = hall.counters.find((c) => c.id === counterId)
  if (!counter) return null
  const yaw = degToRad(counter.yaw)
  const [dx, dz] = rotateOffset(CALL_PANEL_OFFSET, yaw)
  const scale = elder ? XR_THEME.elderScale : 1

  return (
    <group
      position={[counter.position[0] + dx, CALL_PANEL_HEIGHT, counter.position[1] + dz]}
      rotation-y={yaw}
    >
      <Container pixelSize={XR_THEME.pixelSize * scale} anchorY="center" {...XR_PANEL_FRAME} gap={12}>
        <Text fontSize={XR_THEME.titleSize} fontWeight="bold">
          {xrT(language, 'videoCounterTitle', { counter: counter.number })}
        </Text>
        <Container
          width={VIDEO_WIDTH}
          height={(VIDEO_WIDTH * 3) / 4}
          backgroundColor="#1d2733"
          borderRadius={10}
        >
          {view.showVideo && remote && (
            <Image ref={image} src={remote.texture} width="100%" height="100%" objectFit="cover" />
          )}
          {local && cameraAvailable && view.cameraOn && (
            <Image
              src={local.texture}
              positionType="absolute"
              positionRight={8}
              positionBottom={8}
              width={SELF_WIDTH}
              height={(SELF_WIDTH * 3) / 4}
              borderRadius={6}
              objectFit="cover"
            />
          )}
        </Container>
        <Text color={XR_THEME.muted} ref={targetRef('call-status')}>
          {xrT(language, `callStatus_${view.status}`)}
        </Text>
        <Container flexDirection="row" gap={12}>
          {view.controls && (
            <>
              <XrButton
                name="call-mute"
                label={xrT(language, view.microphoneOn ? 'mute' : 'unmute')}
                onSelect={actions.toggleMicrophone}
              />
              {cameraAvailable && (
                <XrButton
                  name="call-camera"
                  label={xrT(language, view.cameraOn ? 'cameraOff' : 'cameraOn')}
                  onSelect={actions.toggleCamera}
                />
              )}
              <XrButton
                name="call-hang-up"
                variant="primary"
                label={xrT(language, 'hangUp')}
                onSelect={actions.hangUp}
              />
            </>
          )}
          {!view.controls && (
            <XrButton name="call-close" label={xrT(language, 'close')} onSelect={actions.leave} />
          )}
        </Container>
      </Container>
    </group>
  )
}
