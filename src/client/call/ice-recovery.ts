import type { CallRole } from '../../shared/protocol'
import type { PeerNegotiation } from './peer-negotiation'

export type IceRecoveryOptions = {
  role: CallRole
  /** How long the media path may stay `disconnected` before an ICE restart. */
  graceMs: number
  negotiation: () => PeerNegotiation | null
  /** An offer can go out now: in the call, signalling open, the other party there. */
  canOffer: () => boolean
  /** The call is over: nothing to restart. */
  done: () => boolean
  /** An ICE restart is going out (the snapshot counts them). */
  onRestart: () => void
}

/** The part of a call session that finds the media path again after a drop. */
export type IceRecovery = {
  /** The media path was connected once: a later drop reads as `reconnecting`, not `connecting`. */
  readonly everConnected: boolean
  /** Reacts to `pc`'s ICE connection state; returns the state it read. */
  iceStateChanged(pc: RTCPeerConnection): RTCIceConnectionState
  /** After our own reconnect: restart ICE once the other party is confirmed there (clerk only). */
  restartWhenPeerBack(): void
  /** The other party (re)joined: the first offer, or an ICE restart so the media path is found again. */
  peerJoined(pc: RTCPeerConnection | null): void
  /** Drops a pending grace timer (the call closes). */
  stop(): void
}

/**
 * ICE restarts for one side of a call. Only the impolite side (the clerk) restarts, with a new offer:
 * when the media path `failed`, when it stays `disconnected` longer than the grace, and when the other
 * party comes back after anyone's reconnect. A restart wanted while no offer can go out waits for the
 * other party's return. The polite side (the citizen) waits for the clerk's offer.
 */
export function createIceRecovery(options: IceRecoveryOptions): IceRecovery {
  const { role, graceMs } = options
  let everConnected = false
  let restartWanted = false
  let disconnectTimer: ReturnType<typeof setTimeout> | null = null

  const clearDisconnectTimer = () => {
    if (disconnectTimer !== null) clearTimeout(disconnectTimer)
    disconnectTimer = null
  }

  const restartIce = () => {
    clearDisconnectTimer()
    const negotiation = options.negotiation()
    if (role !== 'clerk' || !negotiation || options.done()) return
    if (!options.canOffer()) {
      restartWanted = true
      return
    }
    restartWanted = false
    options.onRestart()
    void negotiation.offer(true)
  }

  return {
    get everConnected() {
      return everConnected
    },
    iceStateChanged(pc) {
      const ice = pc.iceConnectionState
      if (ice === 'connected' || ice === 'completed') {
        everConnected = true
        clearDisconnectTimer()
      } else if (ice === 'failed') restartIce()
      else if (ice === 'disconnected' && disconnectTimer === null)
        disconnectTimer = setTimeout(() => {
          disconnectTimer = null
          if (pc.iceConnectionState === 'disconnected') restartIce()
        }, graceMs)
      return ice
    },
    restartWhenPeerBack() {
      if (role === 'clerk') restartWanted = true
    },
    peerJoined(pc) {
      const negotiation = options.negotiation()
      if (role !== 'clerk' || !negotiation) return
      if (negotiation.negotiated || restartWanted || pc?.signalingState === 'have-local-offer') restartIce()
      else void negotiation.offer(false)
    },
    stop: clearDisconnectTimer,
  }
}
