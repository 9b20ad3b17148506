import type { CallRole, ServerMessage } from '../../shared/protocol'
import { summariseStats, type CallStats } from './call-stats'
import { createChatModel, type ChatModel } from './chat-model'
import { PeerNegotiation } from './peer-negotiation'
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

const REFUSALS = new Set(['forbidden', 'unauthorized', 'not_found'])

/**
 * Creates one party's side of a call. Role-agnostic: the citizen's call page and the clerk console both
 * use it. The peer connection is made when the server first lets us in (`call.joined`, which brings the
 * ICE servers). The clerk offers when the citizen is there (`peer-joined`); after anyone's reconnect,
 * or when the media path stays `disconnected` for {@link CallSessionOptions.disconnectGraceMs} or
 * `failed`, the clerk restarts ICE with a new offer. Signalling glare is settled by perfect negotiation.
 *
 * @example
 * const session = createCallSession({ role: 'clerk', callId, signalling, localStream })
 * session.subscribe(() => render(session.getSnapshot()))
 * session.start()
 */
export function createCallSession(options: CallSessionOptions): CallSession {
  const { role, callId, signalling } = options
  const grace = options.disconnectGraceMs ?? 3000
  const makePc = options.createPeerConnection ?? ((config) => new RTCPeerConnection(config))
  const reportError = options.onError ?? ((error: unknown) => console.warn('call:', error))
  const listeners = new Set<() => void>()
  const cobrowseHandlers = new Set<(message: CobrowseIncoming) => void>()
  const joinedHandlers = new Set<(rejoin: boolean) => void>()
  let snapshot: CallSnapshot = {
    phase: 'joining',
    role,
    signalling: signalling.state,
    ice: 'none',
    peer: 'absent',
    remoteStream: null,
    iceRestarts: 0,
    rejoins: 0,
    error: null,
    endedBy: null,
  }
  let pc: RTCPeerConnection | null = null
  let negotiation: PeerNegotiation | null = null
  let joinedOnce = false
  let joined = false
  /** A `call.join` is out and unanswered: a refusal now is the answer to it. */
  let awaitingJoin = false
  let everConnected = false
  let restartWanted = false
  let disconnectTimer: ReturnType<typeof setTimeout> | null = null
  const unsubscribers: (() => void)[] = []

  const done = () => snapshot.phase === 'ended' || snapshot.phase === 'refused'
  const phaseOf = (s: CallSnapshot): CallPhase => {
    if (s.phase === 'ended' || s.phase === 'refused') return s.phase
    if (s.signalling !== 'open' || !joined) return joinedOnce ? 'reconnecting' : 'joining'
    if (s.peer === 'reconnecting') return 'reconnecting'
    if (s.peer !== 'present') return 'waiting-peer'
    if (s.ice === 'connected' || s.ice === 'completed') return 'connected'
    if (everConnected && (s.ice === 'disconnected' || s.ice === 'failed' || s.ice === 'checking'))
      return 'reconnecting'
    return 'connecting'
  }
  const update = (patch: Partial<CallSnapshot>) => {
    const next = { ...snapshot, ...patch }
    snapshot = { ...next, phase: phaseOf(next) }
    for (const listener of listeners) listener()
  }

  const send = (message: { type: string } & Record<string, unknown>) =>
    signalling.send({ ...message, callId } as Parameters<Signalling['send']>[0])

  const chat = createChatModel({
    role,
    newId: options.newId,
    send: ({ text, clientId }) => send({ type: 'chat.send', text, clientId }),
  })

  const canOffer = () => joined && signalling.state === 'open' && snapshot.peer === 'present'

  const clearDisconnectTimer = () => {
    if (disconnectTimer !== null) clearTimeout(disconnectTimer)
    disconnectTimer = null
  }

  /** The impolite side restarts ICE; the polite side waits for its offer. */
  const restartIce = () => {
    clearDisconnectTimer()
    if (role !== 'clerk' || !negotiation || done()) return
    if (!canOffer()) {
      restartWanted = true
      return
    }
    restartWanted = false
    update({ iceRestarts: snapshot.iceRestarts + 1 })
    void negotiation.offer(true)
  }

  const onIceState = () => {
    if (!pc) return
    const ice = pc.iceConnectionState
    if (ice === 'connected' || ice === 'completed') {
      everConnected = true
      clearDisconnectTimer()
    } else if (ice === 'failed') restartIce()
    else if (ice === 'disconnected' && disconnectTimer === null)
      disconnectTimer = setTimeout(() => {
        disconnectTimer = null
        if (pc?.iceConnectionState === 'disconnected') restartIce()
      }, grace)
    update({ ice })
  }

  const createPeer = (iceServers: RTCIceServer[]) => {
    pc = makePc({ iceServers })
    const connection = pc
    negotiation = new PeerNegotiation({
      pc: connection,
      polite: role === 'citizen',
      canOffer,
      send: (message) => send(message),
      onError: reportError,
    })
    connection.addEventListener('iceconnectionstatechange', onIceState)
    connection.addEventListener('track', (event) => {
      const { track, streams } = event as RTCTrackEvent
      let stream = streams[0] ?? snapshot.remoteStream
      if (!stream && typeof MediaStream !== 'undefined') stream = new MediaStream()
      if (stream && !stream.getTracks().includes(track)) stream.addTrack(track)
      update({ remoteStream: stream ?? null })
    })
    connection.addEventListener('negotiationneeded', () => {
      // The first offer is the clerk's, made when the citizen is there; later changes renegotiate.
      if (negotiation?.negotiated && canOffer()) void negotiation.offer(false)
    })
    for (const track of options.localStream?.getTracks() ?? [])
      connection.addTrack(track, options.localStream!)
  }

  const onPeerJoined = () => {
    update({ peer: 'present' })
    if (role !== 'clerk' || !negotiation) return
    // Someone (re)joined: a first offer, or an ICE restart so the media path is found again.
    if (negotiation.negotiated || restartWanted || pc?.signalingState === 'have-local-offer') restartIce()
    else void negotiation.offer(false)
  }

  const onMessage = (message: ServerMessage) => {
    if (done()) return
    if ('callId' in message && message.callId !== callId) return
    switch (message.type) {
      case 'call.joined': {
        awaitingJoin = false
        const rejoin = joinedOnce
        joined = true
        joinedOnce = true
        if (!pc) createPeer(message.iceServers as RTCIceServer[])
        // After our own reconnect, the clerk restarts ICE once the other party is confirmed there.
        if (rejoin && role === 'clerk') restartWanted = true
        update({ error: null, peer: rejoin ? snapshot.peer : 'absent' })
        chat.resendPending()
        for (const handler of joinedHandlers) handler(rejoin)
        return
      }
      case 'call.event':
        if (message.event === 'peer-joined') onPeerJoined()
        else if (message.event === 'peer-reconnecting') update({ peer: 'reconnecting' })
        else if (message.event === 'peer-left') update({ peer: 'left' })
        else if (message.event === 'ended') finish('server')
        return
      case 'signal.offer':
      case 'signal.answer':
        if (message.from !== role)
          void negotiation?.description(message.type === 'signal.offer' ? 'offer' : 'answer', message.sdp)
        return
      case 'signal.ice':
        if (message.from !== role) void negotiation?.candidate(message.candidate)
        return
      case 'chat.message':
        chat.receive(message)
        return
      case 'error': {
        const error = { code: message.code, message: message.message }
        if (awaitingJoin && REFUSALS.has(message.code)) {
          awaitingJoin = false
          // Refused at first: not a party. Refused on a rejoin: the call ended while we were away.
          if (joinedOnce) {
            update({ error })
            finish('server')
          } else {
            snapshot = { ...snapshot, phase: 'refused', error }
            for (const listener of listeners) listener()
          }
        } else update({ error })
        return
      }
      default:
        if (message.type.startsWith('cobrowse.') && 'from' in message && message.from !== role)
          for (const handler of cobrowseHandlers) handler(message as CobrowseIncoming)
    }
  }

  const onSignallingState = (state: SignallingState) => {
    if (done()) return
    if (state !== 'open') joined = false
    if (state === 'open' && joinedOnce) update({ rejoins: snapshot.rejoins + 1 })
    update({ signalling: state })
    if (state === 'open') join()
  }

  const join = () => {
    awaitingJoin = true
    send(options.token ? { type: 'call.join', token: options.token } : { type: 'call.join' })
  }

  function closePeer() {
    clearDisconnectTimer()
    for (const track of options.localStream?.getTracks() ?? []) track.stop()
    pc?.close()
  }

  function finish(by: 'self' | 'server') {
    if (done()) return
    closePeer()
    snapshot = { ...snapshot, phase: 'ended', endedBy: by }
    for (const listener of listeners) listener()
  }

  const setTracks = (kind: 'audio' | 'video', enabled: boolean) => {
    for (const track of options.localStream?.getTracks() ?? [])
      if (track.kind === kind) track.enabled = enabled
  }

  return {
    callId,
    role,
    chat,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start() {
      if (unsubscribers.length > 0) return
      unsubscribers.push(signalling.onMessage(onMessage), signalling.onStateChange(onSignallingState))
      if (signalling.state === 'open') join()
    },
    setMicrophoneEnabled: (enabled) => setTracks('audio', enabled),
    setCameraEnabled: (enabled) => setTracks('video', enabled),
    hangUp() {
      if (done()) return
      send({ type: 'call.leave' })
      finish('self')
    },
    sendCobrowse: (message) => send(message),
    onCobrowse(handler) {
      cobrowseHandlers.add(handler)
      return () => cobrowseHandlers.delete(handler)
    },
    onJoined(handler) {
      joinedHandlers.add(handler)
      return () => joinedHandlers.delete(handler)
    },
    async stats() {
      return summariseStats(pc ? await pc.getStats() : new Map())
    },
    dispose() {
      for (const stop of unsubscribers.splice(0)) stop()
      closePeer()
    },
  }
}
