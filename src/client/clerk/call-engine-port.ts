import type { RealtimePort } from './realtime-port'

/** The connection as the call area shows it. */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'ended'

/**
 * What the console needs of the call engine (`createCallSession` in src/client/call, built by the call
 * engineer): media and connection only. Chat and co-browsing go over the socket as plain protocol
 * messages, so they work even without video. One adapter maps the real engine onto this.
 */
export type CallEngine = {
  /** Joins the call's signalling and starts media. */
  start: () => Promise<void>
  onState: (listener: (state: ConnectionState) => void) => () => void
  onStreams: (
    listener: (streams: { local: MediaStream | null; remote: MediaStream | null }) => void,
  ) => () => void
  setMuted: (muted: boolean) => void
  setCameraOff: (off: boolean) => void
  /** Leaves the call and stops the camera and microphone. */
  close: () => void
}

/** Makes the engine for one call (the clerk is always the offerer). */
export type CallEngineFactory = (options: { callId: string; socket: RealtimePort }) => CallEngine
