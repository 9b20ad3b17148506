import {
  createCallSession,
  type CallPhase,
  type CallSession,
  type CallSessionOptions,
} from '../call/call-session'
import { checkDevices, type DeviceCheck, type MediaDevicesLike } from '../call/devices'
import { signallingFromPort } from '../call/ws-signalling'
import type { CallEngine, CallEngineFactory, ConnectionState } from './call-engine-port'

/** The call engine's phases as the console's call area shows them. */
export const CONNECTION_OF: Record<CallPhase, ConnectionState> = {
  joining: 'connecting',
  'waiting-peer': 'idle',
  connecting: 'connecting',
  connected: 'connected',
  reconnecting: 'reconnecting',
  ended: 'ended',
  refused: 'ended',
}

export type EngineAdapterDeps = {
  createSession?: (options: CallSessionOptions) => CallSession
  checkDevices?: (devices: MediaDevicesLike | undefined) => Promise<DeviceCheck>
  devices?: () => MediaDevicesLike | undefined
}

/**
 * The shared call engine (`createCallSession`, role `clerk`) behind the console's {@link CallEngine}
 * port: opens the camera and microphone (audio only or chat only when they are missing), joins the
 * call's signalling over the console's socket, and reports the connection and streams.
 */
export function clerkCallEngine(deps: EngineAdapterDeps = {}): CallEngineFactory {
  const create = deps.createSession ?? createCallSession
  const check = deps.checkDevices ?? checkDevices
  const devices = deps.devices ?? (() => globalThis.navigator?.mediaDevices)
  return ({ callId, socket }) => {
    const stateListeners = new Set<(state: ConnectionState) => void>()
    const streamListeners = new Set<
      (streams: { local: MediaStream | null; remote: MediaStream | null }) => void
    >()
    let session: CallSession | null = null
    let local: MediaStream | null = null
    let muted = false
    let cameraOff = false
    let closed = false
    const stopLocal = () => local?.getTracks().forEach((track) => track.stop())
    const engine: CallEngine = {
      start: async () => {
        const devicesFound = await check(devices())
        local = devicesFound.stream
        if (closed) return stopLocal()
        const current = create({
          role: 'clerk',
          callId,
          signalling: signallingFromPort(socket),
          localStream: local,
        })
        session = current
        current.setMicrophoneEnabled(!muted)
        current.setCameraEnabled(!cameraOff)
        current.subscribe(() => {
          const snapshot = current.getSnapshot()
          stateListeners.forEach((l) => l(CONNECTION_OF[snapshot.phase]))
          streamListeners.forEach((l) => l({ local, remote: snapshot.remoteStream }))
        })
        streamListeners.forEach((l) => l({ local, remote: null }))
        current.start()
      },
      onState: (listener) => {
        stateListeners.add(listener)
        return () => stateListeners.delete(listener)
      },
      onStreams: (listener) => {
        streamListeners.add(listener)
        return () => streamListeners.delete(listener)
      },
      setMuted: (next) => {
        muted = next
        session?.setMicrophoneEnabled(!next)
      },
      setCameraOff: (off) => {
        cameraOff = off
        session?.setCameraEnabled(!off)
      },
      close: () => {
        closed = true
        session?.hangUp()
        session?.dispose()
        session = null
        stopLocal()
      },
    }
    return engine
  }
}
