/**
 * The device check before a call: which of camera and microphone exist and may be used, and the call
 * mode that follows. No camera or no permission for it: audio only. No microphone (missing or refused):
 * chat only, with a message saying why.
 */

/** How a call can run on this device. */
export type CallMode = 'video' | 'audio' | 'chat'

/** One device's state: usable, none plugged in, permission refused, or failed (busy, broken, insecure page). */
export type DeviceState = 'ok' | 'missing' | 'denied' | 'error'

export type DeviceCheck = {
  mode: CallMode
  camera: DeviceState
  microphone: DeviceState
  /** The opened camera/microphone (null for chat only). The caller stops it when done. */
  stream: MediaStream | null
}

/** The parts of `navigator.mediaDevices` the check uses (tests pass a fake). */
export type MediaDevicesLike = Pick<MediaDevices, 'getUserMedia' | 'enumerateDevices'>

function stateOf(error: unknown): DeviceState {
  const name = error instanceof Error || (typeof error === 'object' && error) ? (error as Error).name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError')
    return 'denied'
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError')
    return 'missing'
  return 'error'
}

async function open(devices: MediaDevicesLike, video: boolean) {
  try {
    return { stream: await devices.getUserMedia({ audio: true, video }), state: 'ok' as DeviceState }
  } catch (error) {
    return { stream: null, state: stateOf(error) }
  }
}

/**
 * Checks camera and microphone and opens what can be used.
 * @param devices `navigator.mediaDevices`, or undefined where the browser has none (an insecure page)
 */
export async function checkDevices(devices: MediaDevicesLike | undefined): Promise<DeviceCheck> {
  if (!devices?.getUserMedia) return { mode: 'chat', camera: 'error', microphone: 'error', stream: null }
  let kinds: Set<string> | null = null
  try {
    kinds = new Set((await devices.enumerateDevices()).map((d) => d.kind))
  } catch {
    kinds = null // unknown: just try
  }
  const hasMic = kinds === null || kinds.has('audioinput')
  const hasCam = kinds === null || kinds.has('videoinput')
  if (!hasMic) return { mode: 'chat', camera: hasCam ? 'ok' : 'missing', microphone: 'missing', stream: null }

  if (hasCam) {
    const both = await open(devices, true)
    if (both.stream) {
      // Some browsers give audio only when the camera is busy; trust the tracks, not the request.
      const video = both.stream.getVideoTracks().length > 0
      return {
        mode: video ? 'video' : 'audio',
        camera: video ? 'ok' : 'error',
        microphone: 'ok',
        stream: both.stream,
      }
    }
    // The camera (or both) failed: try the microphone alone before giving up on sound.
    const audio = await open(devices, false)
    if (audio.stream) return { mode: 'audio', camera: both.state, microphone: 'ok', stream: audio.stream }
    return { mode: 'chat', camera: both.state, microphone: audio.state, stream: null }
  }
  const audio = await open(devices, false)
  return audio.stream
    ? { mode: 'audio', camera: 'missing', microphone: 'ok', stream: audio.stream }
    : { mode: 'chat', camera: 'missing', microphone: audio.state, stream: null }
}

/** Which explanation a check needs (an i18n key of the `call` namespace), or null when all is well. */
export function deviceMessageKey(check: Pick<DeviceCheck, 'mode' | 'camera' | 'microphone'>) {
  if (check.mode === 'chat') {
    if (check.microphone === 'missing') return 'deviceNoMicrophone' as const
    if (check.microphone === 'denied') return 'deviceMicrophoneDenied' as const
    return 'deviceMicrophoneError' as const
  }
  if (check.mode === 'audio') {
    if (check.camera === 'missing') return 'deviceNoCamera' as const
    if (check.camera === 'denied') return 'deviceCameraDenied' as const
    return 'deviceCameraError' as const
  }
  return null
}
