import type { ServerMessage } from '../../shared/protocol'
import { createCallPeer } from './call-peer'
import type { CallPhase, CallSession, CallSessionOptions, CallSnapshot } from './call-session-types'
import { summariseStats } from './call-stats'
import { createChatModel } from './chat-model'
import { createIceRecovery } from './ice-recovery'
import type { PeerNegotiation } from './peer-negotiation'
import type { CobrowseIncoming, Signalling, SignallingState } from './signalling'

export type { CallPhase, CallSession, CallSessionOptions, CallSnapshot } from './call-session-types'

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
  const unsubscribers: (() => void)[] = []

  const done = () => snapshot.phase === 'ended' || snapshot.phase === 'refused'
  const phaseOf = (s: CallSnapshot): CallPhase => {
    if (s.phase === 'ended' || s.phase === 'refused') return s.phase
    if (s.signalling !== 'open' || !joined) return joinedOnce ? 'reconnecting' : 'joining'
    if (s.peer === 'reconnecting') return 'reconnecting'
    if (s.peer !== 'present') return 'waiting-peer'
    if (s.ice === 'connected' || s.ice === 'completed') return 'connected'
    if (recovery.everConnected && (s.ice === 'disconnected' || s.ice === 'failed' || s.ice === 'checking'))
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

  const recovery = createIceRecovery({
    role,
    graceMs: grace,
    negotiation: () => negotiation,
    canOffer,
    done,
    onRestart: () => update({ iceRestarts: snapshot.iceRestarts + 1 }),
  })

  const onIceState = () => {
    if (pc) update({ ice: recovery.iceStateChanged(pc) })
  }

  const createPeer = (iceServers: RTCIceServer[]) => {
    ;({ pc, negotiation } = createCallPeer({
      role,
      iceServers,
      makePc,
      localStream: options.localStream,
      canOffer,
      send,
      onError: reportError,
      onIceState,
      remoteStream: () => snapshot.remoteStream,
      onRemoteStream: (remoteStream) => update({ remoteStream }),
    }))
  }

  const onPeerJoined = () => {
    update({ peer: 'present' })
    recovery.peerJoined(pc)
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
        if (rejoin) recovery.restartWhenPeerBack()
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
    recovery.stop()
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
