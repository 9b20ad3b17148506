// Test doubles for the call engine: a peer connection that keeps the offer/answer state machine of
// RTCPeerConnection (with implicit rollback) without any media, and a signalling channel a test drives.
import type { ClientMessage, ServerMessage } from '../../../shared/protocol'
import type { Signalling, SignallingState } from '../signalling'

type Description = { type: RTCSdpType; sdp: string }

let sdpCounter = 0

/** Enough of RTCPeerConnection for the engine: signalling states, descriptions, candidates, events. */
export class FakePeerConnection extends EventTarget {
  signalingState: RTCSignalingState = 'stable'
  iceConnectionState: RTCIceConnectionState = 'new'
  localDescription: Description | null = null
  remoteDescription: Description | null = null
  currentLocalDescription: Description | null = null
  /** Every createOffer call's options, in order. */
  readonly offers: (RTCOfferOptions | undefined)[] = []
  readonly candidates: RTCIceCandidateInit[] = []
  readonly tracks: MediaStreamTrack[] = []
  closed = false
  statsReport = new Map<string, Record<string, unknown>>()

  constructor(readonly config: RTCConfiguration) {
    super()
  }

  addTrack(track: MediaStreamTrack): RTCRtpSender {
    this.tracks.push(track)
    return {} as RTCRtpSender
  }

  async createOffer(options?: RTCOfferOptions): Promise<Description> {
    this.offers.push(options)
    await Promise.resolve()
    return { type: 'offer', sdp: `offer-${++sdpCounter}${options?.iceRestart ? '-restart' : ''}` }
  }

  async createAnswer(): Promise<Description> {
    await Promise.resolve()
    return { type: 'answer', sdp: `answer-${++sdpCounter}` }
  }

  async setLocalDescription(description?: { type: RTCSdpType; sdp?: string }): Promise<void> {
    await Promise.resolve()
    const type = description?.type
    if (type === 'rollback') {
      if (this.signalingState !== 'have-local-offer')
        throw new Error('InvalidStateError: nothing to roll back')
      this.localDescription = this.currentLocalDescription
      this.signalingState = 'stable'
      return
    }
    if (type === 'offer') {
      if (this.signalingState !== 'stable' && this.signalingState !== 'have-local-offer')
        throw new Error(`InvalidStateError: offer in ${this.signalingState}`)
      this.localDescription = { type, sdp: description?.sdp ?? '' }
      this.signalingState = 'have-local-offer'
      return
    }
    if (type === 'answer') {
      if (this.signalingState !== 'have-remote-offer')
        throw new Error(`InvalidStateError: answer in ${this.signalingState}`)
      this.localDescription = { type, sdp: description?.sdp ?? '' }
      this.currentLocalDescription = this.localDescription
      this.signalingState = 'stable'
      return
    }
    throw new Error('the engine always passes a description')
  }

  async setRemoteDescription(description: Description): Promise<void> {
    await Promise.resolve()
    if (description.type === 'offer') {
      // Implicit rollback of our own offer (what the polite side relies on).
      if (this.signalingState === 'have-local-offer') this.localDescription = this.currentLocalDescription
      else if (this.signalingState !== 'stable') throw new Error('InvalidStateError: offer')
      this.remoteDescription = description
      this.signalingState = 'have-remote-offer'
      return
    }
    if (this.signalingState !== 'have-local-offer') throw new Error('InvalidStateError: answer')
    this.remoteDescription = description
    this.currentLocalDescription = this.localDescription
    this.signalingState = 'stable'
  }

  async addIceCandidate(candidate: RTCIceCandidateInit): Promise<void> {
    if (!this.remoteDescription) throw new Error('InvalidStateError: no remote description')
    this.candidates.push(candidate)
  }

  async getStats(): Promise<RTCStatsReport> {
    return this.statsReport as unknown as RTCStatsReport
  }

  close(): void {
    this.closed = true
    this.signalingState = 'closed'
  }

  /** Test control: the media path changes state. */
  setIceState(state: RTCIceConnectionState): void {
    this.iceConnectionState = state
    this.dispatchEvent(new Event('iceconnectionstatechange'))
  }

  /** Test control: a track arrives from the other side. */
  receiveTrack(track: MediaStreamTrack, stream: MediaStream): void {
    const event = Object.assign(new Event('track'), { track, streams: [stream] })
    this.dispatchEvent(event)
  }
}

/** A signalling channel whose traffic a test reads (`sent`) and writes (`deliver`, `setState`). */
export class FakeSignalling implements Signalling {
  state: SignallingState
  readonly sent: ClientMessage[] = []
  private readonly messageHandlers = new Set<(message: ServerMessage) => void>()
  private readonly stateHandlers = new Set<(state: SignallingState) => void>()
  /** When set, everything sent is handed here too (to wire two sessions together). */
  relay: ((message: ClientMessage) => void) | null = null

  constructor(state: SignallingState = 'open') {
    this.state = state
  }

  send(message: ClientMessage): boolean {
    if (this.state !== 'open') return false
    this.sent.push(message)
    this.relay?.(message)
    return true
  }

  onMessage(handler: (message: ServerMessage) => void): () => void {
    this.messageHandlers.add(handler)
    return () => this.messageHandlers.delete(handler)
  }

  onStateChange(handler: (state: SignallingState) => void): () => void {
    this.stateHandlers.add(handler)
    return () => this.stateHandlers.delete(handler)
  }

  deliver(message: ServerMessage): void {
    for (const handler of this.messageHandlers) handler(message)
  }

  setState(state: SignallingState): void {
    this.state = state
    for (const handler of this.stateHandlers) handler(state)
  }

  /** The messages sent of one type. */
  ofType<T extends ClientMessage['type']>(type: T): Extract<ClientMessage, { type: T }>[] {
    return this.sent.filter((m): m is Extract<ClientMessage, { type: T }> => m.type === type)
  }
}

/** A fake media track (only the parts the engine touches). */
export function fakeTrack(kind: 'audio' | 'video'): MediaStreamTrack {
  return { kind, enabled: true, stop() {}, readyState: 'live' } as unknown as MediaStreamTrack
}

/** A fake media stream holding the given tracks. */
export function fakeStream(...tracks: MediaStreamTrack[]): MediaStream {
  const list = [...tracks]
  return {
    getTracks: () => list,
    getAudioTracks: () => list.filter((t) => t.kind === 'audio'),
    getVideoTracks: () => list.filter((t) => t.kind === 'video'),
    addTrack: (t: MediaStreamTrack) => list.push(t),
  } as unknown as MediaStream
}
