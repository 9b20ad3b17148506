import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CallRole } from '../../shared/protocol'
import { createIceRecovery } from './ice-recovery'
import type { PeerNegotiation } from './peer-negotiation'

type FakePc = { iceConnectionState: RTCIceConnectionState; signalingState: RTCSignalingState }

function setUp(role: CallRole, { negotiated = true } = {}) {
  const offers: boolean[] = []
  let restarts = 0
  const state = { canOffer: true, done: false }
  const negotiation = {
    negotiated,
    offer: (iceRestart = false) => {
      offers.push(iceRestart)
      return Promise.resolve(true)
    },
  } as unknown as PeerNegotiation
  const recovery = createIceRecovery({
    role,
    graceMs: 3000,
    negotiation: () => negotiation,
    canOffer: () => state.canOffer,
    done: () => state.done,
    onRestart: () => restarts++,
  })
  const pc: FakePc = { iceConnectionState: 'new', signalingState: 'stable' }
  const ice = (next: RTCIceConnectionState) => {
    pc.iceConnectionState = next
    return recovery.iceStateChanged(pc as RTCPeerConnection)
  }
  return { recovery, pc, ice, offers, state, restarts: () => restarts }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('ICE recovery', () => {
  it('the clerk restarts at once when the path failed; the citizen never does', () => {
    const clerk = setUp('clerk')
    expect(clerk.ice('failed')).toBe('failed')
    expect(clerk.offers).toEqual([true])
    expect(clerk.restarts()).toBe(1)
    const citizen = setUp('citizen')
    citizen.ice('failed')
    expect(citizen.offers).toEqual([])
    expect(citizen.restarts()).toBe(0)
  })

  it('waits out the grace on `disconnected`: a path back in time needs no restart, one still down gets it', () => {
    vi.useFakeTimers()
    const back = setUp('clerk')
    back.ice('connected')
    back.ice('disconnected')
    vi.advanceTimersByTime(2000)
    back.ice('connected')
    vi.advanceTimersByTime(5000)
    expect(back.offers).toEqual([])
    expect(back.recovery.everConnected).toBe(true)

    const down = setUp('clerk')
    down.ice('disconnected')
    vi.advanceTimersByTime(2999)
    expect(down.offers).toEqual([])
    vi.advanceTimersByTime(1)
    expect(down.offers).toEqual([true])
  })

  it('a restart that cannot go out waits for the other party to come back', () => {
    const clerk = setUp('clerk')
    clerk.state.canOffer = false
    clerk.ice('failed')
    expect(clerk.offers).toEqual([])
    clerk.state.canOffer = true
    clerk.recovery.peerJoined(clerk.pc as RTCPeerConnection)
    expect(clerk.offers).toEqual([true])
    expect(clerk.restarts()).toBe(1)
  })

  it('the other party joining: a first offer before any negotiation, a restart after our own reconnect', () => {
    const fresh = setUp('clerk', { negotiated: false })
    fresh.recovery.peerJoined(fresh.pc as RTCPeerConnection)
    expect(fresh.offers).toEqual([false])
    const rejoined = setUp('clerk', { negotiated: false })
    rejoined.recovery.restartWhenPeerBack()
    rejoined.recovery.peerJoined(rejoined.pc as RTCPeerConnection)
    expect(rejoined.offers).toEqual([true])
    const citizen = setUp('citizen', { negotiated: false })
    citizen.recovery.restartWhenPeerBack()
    citizen.recovery.peerJoined(citizen.pc as RTCPeerConnection)
    expect(citizen.offers).toEqual([])
  })

  it('stop drops a pending grace timer; a finished call restarts nothing', () => {
    vi.useFakeTimers()
    const clerk = setUp('clerk')
    clerk.ice('disconnected')
    clerk.recovery.stop()
    vi.advanceTimersByTime(10_000)
    expect(clerk.offers).toEqual([])
    clerk.state.done = true
    clerk.ice('failed')
    expect(clerk.offers).toEqual([])
  })
})
