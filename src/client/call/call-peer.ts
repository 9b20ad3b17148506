import type { CallRole } from '../../shared/protocol'
import { PeerNegotiation, type NegotiationOut } from './peer-negotiation'

export type CallPeerOptions = {
  role: CallRole
  iceServers: RTCIceServer[]
  makePc: (config: RTCConfiguration) => RTCPeerConnection
  /** Our camera/microphone; its tracks are added as they are. */
  localStream: MediaStream | null
  /** An offer can go out now. */
  canOffer: () => boolean
  send: (message: NegotiationOut) => void
  onError: (error: unknown) => void
  onIceState: () => void
  /** The remote stream so far: a track that comes without a stream joins it. */
  remoteStream: () => MediaStream | null
  onRemoteStream: (stream: MediaStream | null) => void
}

/**
 * The peer connection of a call and its perfect negotiation (the citizen is polite): remote tracks are
 * gathered into one stream, our tracks are added, and a later change renegotiates. The first offer is
 * not made here: it is the clerk's, once the citizen is there.
 */
export function createCallPeer(options: CallPeerOptions): {
  pc: RTCPeerConnection
  negotiation: PeerNegotiation
} {
  const pc = options.makePc({ iceServers: options.iceServers })
  const negotiation = new PeerNegotiation({
    pc,
    polite: options.role === 'citizen',
    canOffer: options.canOffer,
    send: (message) => options.send(message),
    onError: options.onError,
  })
  pc.addEventListener('iceconnectionstatechange', options.onIceState)
  pc.addEventListener('track', (event) => {
    const { track, streams } = event as RTCTrackEvent
    let stream = streams[0] ?? options.remoteStream()
    if (!stream && typeof MediaStream !== 'undefined') stream = new MediaStream()
    if (stream && !stream.getTracks().includes(track)) stream.addTrack(track)
    options.onRemoteStream(stream ?? null)
  })
  pc.addEventListener('negotiationneeded', () => {
    // The first offer is the clerk's, made when the citizen is there; later changes renegotiate.
    if (negotiation.negotiated && options.canOffer()) void negotiation.offer(false)
  })
  const local = options.localStream
  for (const track of local?.getTracks() ?? []) pc.addTrack(track, local!)
  return { pc, negotiation }
}
