import type { IceCandidate } from '../../shared/protocol'

/** What the negotiation sends to the other party. */
export type NegotiationOut =
  | { type: 'signal.offer'; sdp: string }
  | { type: 'signal.answer'; sdp: string }
  | { type: 'signal.ice'; candidate: IceCandidate }

export type PeerNegotiationOptions = {
  pc: RTCPeerConnection
  /** The polite side gives way when both offer at once (the citizen); the impolite one (the clerk) wins. */
  polite: boolean
  send: (message: NegotiationOut) => void
  /** Whether an offer may go out now (the other party is in and signalling is open). */
  canOffer: () => boolean
  onError?: (error: unknown) => void
}

/**
 * "Perfect negotiation" (W3C WebRTC 1.0 §10.7) over one RTCPeerConnection: either side may offer; when
 * both do at once, the impolite side ignores the incoming offer and the polite side rolls its own back
 * and answers. Candidates that arrive before the remote description wait for it.
 */
export class PeerNegotiation {
  private makingOffer = false
  private ignoreOffer = false
  private pendingCandidates: RTCIceCandidateInit[] = []
  /** Offers whose answer never came because we dropped them (tests and diagnostics). */
  ignoredOffers = 0

  constructor(private readonly options: PeerNegotiationOptions) {
    const { pc } = options
    pc.addEventListener('icecandidate', (event) => {
      const candidate = (event as RTCPeerConnectionIceEvent).candidate
      options.send({ type: 'signal.ice', candidate: candidate ? toJson(candidate) : null })
    })
  }

  /** True once an offer/answer exchange has completed (there is something to restart). */
  get negotiated(): boolean {
    return this.options.pc.remoteDescription !== null && this.options.pc.currentLocalDescription !== null
  }

  /**
   * Sends a fresh offer. With `iceRestart` the offer carries new ICE credentials, so both ends gather
   * candidates again (after a network change or a dropped path). A stale offer still waiting for its
   * answer (the other side reconnected and lost it) is rolled back first.
   */
  async offer(iceRestart = false): Promise<boolean> {
    const { pc } = this.options
    if (!this.options.canOffer() || pc.signalingState === 'closed') return false
    if (this.makingOffer) return false
    this.makingOffer = true
    try {
      if (pc.signalingState === 'have-local-offer') await pc.setLocalDescription({ type: 'rollback' })
      if (pc.signalingState !== 'stable') return false
      const offer = await pc.createOffer(iceRestart ? { iceRestart: true } : undefined)
      // A remote offer may have been applied while createOffer ran.
      if (pc.signalingState !== 'stable') return false
      await pc.setLocalDescription(offer)
      this.options.send({ type: 'signal.offer', sdp: pc.localDescription?.sdp ?? offer.sdp ?? '' })
      return true
    } catch (error) {
      this.options.onError?.(error)
      return false
    } finally {
      this.makingOffer = false
    }
  }

  /** An offer or answer from the other party. */
  async description(type: 'offer' | 'answer', sdp: string): Promise<void> {
    const { pc, polite } = this.options
    try {
      const collision = type === 'offer' && (this.makingOffer || pc.signalingState !== 'stable')
      this.ignoreOffer = !polite && collision
      if (this.ignoreOffer) {
        this.ignoredOffers += 1
        return
      }
      if (type === 'answer' && pc.signalingState !== 'have-local-offer') return // a late or repeated answer
      // The polite side in a collision: setRemoteDescription rolls our offer back implicitly.
      await pc.setRemoteDescription({ type, sdp })
      await this.flushCandidates()
      if (type === 'offer') {
        await pc.setLocalDescription(await pc.createAnswer())
        this.options.send({ type: 'signal.answer', sdp: pc.localDescription?.sdp ?? '' })
      }
    } catch (error) {
      this.options.onError?.(error)
    }
  }

  /** An ICE candidate from the other party (null: they have no more). */
  async candidate(candidate: IceCandidate): Promise<void> {
    const init: RTCIceCandidateInit = candidate
      ? {
          candidate: candidate.candidate,
          sdpMid: candidate.sdpMid ?? null,
          sdpMLineIndex: candidate.sdpMLineIndex ?? null,
          usernameFragment: candidate.usernameFragment ?? null,
        }
      : { candidate: '' }
    if (!this.options.pc.remoteDescription) {
      this.pendingCandidates.push(init)
      return
    }
    await this.addCandidate(init)
  }

  private async flushCandidates(): Promise<void> {
    const waiting = this.pendingCandidates
    this.pendingCandidates = []
    for (const init of waiting) await this.addCandidate(init)
  }

  private async addCandidate(init: RTCIceCandidateInit): Promise<void> {
    try {
      await this.options.pc.addIceCandidate(init)
    } catch (error) {
      // Candidates of an offer we ignored do not fit; anything else is worth reporting.
      if (!this.ignoreOffer) this.options.onError?.(error)
    }
  }
}

function toJson(candidate: RTCIceCandidate): NonNullable<IceCandidate> {
  const json = candidate.toJSON()
  return {
    candidate: json.candidate ?? '',
    sdpMid: json.sdpMid ?? null,
    sdpMLineIndex: json.sdpMLineIndex ?? null,
    usernameFragment: json.usernameFragment ?? null,
  }
}
