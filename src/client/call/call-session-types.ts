import type { CallRole } from '../../shared/protocol'
import type { CallStats } from './call-stats'
import type { ChatModel } from './chat-model'
import type { CobrowseIncoming, CobrowseOutgoing, Signalling, SignallingState } from './signalling'

/**
 * Where a call stands, as both sides show it:
 * `joining` (asking the server to let us in), `waiting-peer` (in; the other party is not),
 * `connecting` (media being set up), `connected`, `reconnecting` (signalling or the media path dropped;
 * it recovers by itself), `ended` (hung up here or ended by the clerk), `refused` (not a party of this call).
 */
export type CallPhase =
  'joining' | 'waiting-peer' | 'connecting' | 'connected' | 'reconnecting' | 'ended' | 'refused'

/** A snapshot of the call; a new object on every change (fit for `useSyncExternalStore`). */
export type CallSnapshot = {
  phase: CallPhase
  role: CallRole
  signalling: SignallingState
  ice: RTCIceConnectionState | 'none'
  peer: 'absent' | 'present' | 'reconnecting' | 'left'
  /** The other party's audio and video, once a track arrived. */
  remoteStream: MediaStream | null
  /** ICE restarts this side started (the clerk's side restarts; the citizen's stays 0). */
  iceRestarts: number
  /** Times the signalling channel came back after a drop. */
  rejoins: number
  /** The last problem the server reported (`forbidden` when refused). */
  error: { code: string; message: string } | null
  endedBy: 'self' | 'server' | null
}

export type CallSessionOptions = {
  /** `clerk` is impolite and makes the offers; `citizen` is polite and answers. */
  role: CallRole
  callId: string
  /** The ticket's secret (citizen without a sign-in); the clerk's session cookie needs none. */
  token?: string
  signalling: Signalling
  /** Our camera/microphone (null for chat only). Its tracks are sent as they are. */
  localStream: MediaStream | null
  /** Makes the peer connection (tests pass a fake). @default `new RTCPeerConnection(config)` */
  createPeerConnection?: (config: RTCConfiguration) => RTCPeerConnection
  /** How long the media path may stay `disconnected` before an ICE restart. @default 3000 */
  disconnectGraceMs?: number
  newId?: () => string
  /** Called with unexpected errors (logged by default). */
  onError?: (error: unknown) => void
}

/** One party's side of a video call: signalling, media, chat and co-browsing messages. */
export type CallSession = {
  readonly callId: string
  readonly role: CallRole
  readonly chat: ChatModel
  getSnapshot(): CallSnapshot
  subscribe(listener: () => void): () => void
  /** Joins the call's signalling now and again after every reconnect. */
  start(): void
  /** Mutes or unmutes our microphone (the track stays, so unmuting needs no renegotiation). */
  setMicrophoneEnabled(enabled: boolean): void
  /** Turns our camera picture off or on. */
  setCameraEnabled(enabled: boolean): void
  /** Leaves the call: tells the server, closes the media, phase `ended`. */
  hangUp(): void
  /** Sends a co-browsing message of this call. */
  sendCobrowse(message: CobrowseOutgoing): boolean
  /** The other party's co-browsing messages. */
  onCobrowse(handler: (message: CobrowseIncoming) => void): () => void
  /** Called each time the server lets us in (`rejoin` true after a reconnect): time to send a snapshot. */
  onJoined(handler: (rejoin: boolean) => void): () => void
  /** Media figures from `getStats()` (zeros before the peer connection exists). */
  stats(): Promise<CallStats>
  /** Stops listening and closes the peer connection without telling the server (page unload, tests). */
  dispose(): void
}
