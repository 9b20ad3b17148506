import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CallRole } from '../../shared/protocol'
import { createCallSession } from './call-session'
import { FakePeerConnection, FakeSignalling, fakeStream, fakeTrack } from './testing/fake-webrtc'

const callId = 'call1'
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

function party(role: CallRole, signalling = new FakeSignalling()) {
  const pcs: FakePeerConnection[] = []
  const errors: unknown[] = []
  const session = createCallSession({
    role,
    callId,
    token: role === 'citizen' ? 'ticket-token-0123456789' : undefined,
    signalling,
    localStream: fakeStream(fakeTrack('audio'), fakeTrack('video')),
    createPeerConnection: (config) => {
      const pc = new FakePeerConnection(config)
      pcs.push(pc)
      return pc as unknown as RTCPeerConnection
    },
    onError: (error) => errors.push(error),
  })
  const pc = () => pcs[0]!
  const joined = () =>
    signalling.deliver({ type: 'call.joined', callId, role, iceServers: [{ urls: 'stun:127.0.0.1:3478' }] })
  const event = (name: 'peer-joined' | 'peer-reconnecting' | 'ended') =>
    signalling.deliver({ type: 'call.event', callId, event: name, at: 1 })
  return { session, signalling, pcs, pc, errors, joined, event }
}

/** A clerk connected to a citizen whose answer came back: media up. */
async function connectedClerk() {
  const clerk = party('clerk')
  clerk.session.start()
  clerk.joined()
  clerk.event('peer-joined')
  await settle()
  clerk.signalling.deliver({ type: 'signal.answer', callId, from: 'citizen', sdp: 'answer-x' })
  await settle()
  clerk.pc().setIceState('connected')
  return clerk
}

afterEach(() => {
  vi.useRealTimers()
})

describe('joining', () => {
  it('joins with the ticket token and makes the connection with the ICE servers from the server', () => {
    const citizen = party('citizen')
    citizen.session.start()
    expect(citizen.signalling.sent).toEqual([{ type: 'call.join', callId, token: 'ticket-token-0123456789' }])
    expect(citizen.session.getSnapshot().phase).toBe('joining')
    citizen.joined()
    expect(citizen.pc().config.iceServers).toEqual([{ urls: 'stun:127.0.0.1:3478' }])
    expect(citizen.pc().tracks.map((t) => t.kind)).toEqual(['audio', 'video'])
    expect(citizen.session.getSnapshot().phase).toBe('waiting-peer')
  })

  it('is refused when the server says the caller is no party of the call', () => {
    const stranger = party('citizen')
    stranger.session.start()
    stranger.signalling.deliver({ type: 'error', code: 'forbidden', message: 'Not your call.' })
    expect(stranger.session.getSnapshot()).toMatchObject({ phase: 'refused', error: { code: 'forbidden' } })
    expect(stranger.pcs).toEqual([])
  })

  it('ends (rather than reconnect forever) when a rejoin is refused: the call ended meanwhile', () => {
    const citizen = party('citizen')
    citizen.session.start()
    citizen.joined()
    citizen.signalling.deliver({ type: 'error', code: 'rate_limited', message: 'Slow down.' })
    expect(citizen.session.getSnapshot().phase).toBe('waiting-peer')
    citizen.signalling.setState('connecting')
    citizen.signalling.setState('open')
    citizen.signalling.deliver({ type: 'error', code: 'forbidden', message: 'You may not join call call1.' })
    expect(citizen.session.getSnapshot()).toMatchObject({ phase: 'ended', endedBy: 'server' })
  })
})

describe('negotiation', () => {
  it('the clerk offers once the citizen is there, not before', async () => {
    const clerk = party('clerk')
    clerk.session.start()
    clerk.joined()
    clerk.pc().dispatchEvent(new Event('negotiationneeded'))
    await settle()
    expect(clerk.signalling.ofType('signal.offer')).toEqual([])
    clerk.event('peer-joined')
    await settle()
    expect(clerk.signalling.ofType('signal.offer')).toHaveLength(1)
    expect(clerk.pc().offers).toEqual([undefined])
    expect(clerk.session.getSnapshot().phase).toBe('connecting')
  })

  it('the citizen answers the offer and adds candidates that came before it', async () => {
    const citizen = party('citizen')
    citizen.session.start()
    citizen.joined()
    citizen.event('peer-joined')
    citizen.pc().dispatchEvent(new Event('negotiationneeded'))
    const candidate = {
      candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host',
      sdpMid: '0',
      sdpMLineIndex: 0,
    }
    citizen.signalling.deliver({ type: 'signal.ice', callId, from: 'clerk', candidate })
    citizen.signalling.deliver({ type: 'signal.offer', callId, from: 'clerk', sdp: 'offer-clerk' })
    await settle()
    expect(citizen.signalling.ofType('signal.offer')).toEqual([])
    expect(citizen.signalling.ofType('signal.answer')).toHaveLength(1)
    expect(citizen.pc().signalingState).toBe('stable')
    expect(citizen.pc().candidates.map((c) => c.candidate)).toEqual([candidate.candidate])
    expect(citizen.errors).toEqual([])
  })

  it('settles glare: both offer at once, the clerk (impolite) wins and the citizen answers it', async () => {
    const clerk = party('clerk')
    const citizen = party('citizen')
    // Both already negotiated once, then both renegotiate at the same moment.
    for (const side of [clerk, citizen]) {
      side.session.start()
      side.joined()
      side.event('peer-joined')
    }
    await settle()
    citizen.signalling.deliver(relay(clerk.signalling.ofType('signal.offer')[0]!, 'clerk'))
    await settle()
    clerk.signalling.deliver(relay(citizen.signalling.ofType('signal.answer')[0]!, 'citizen'))
    await settle()
    expect([clerk.pc().signalingState, citizen.pc().signalingState]).toEqual(['stable', 'stable'])
    // From here, deliver everything each sends to the other, asynchronously, as the server relays.
    clerk.signalling.relay = (m) => void settle().then(() => citizen.signalling.deliver(relay(m, 'clerk')))
    citizen.signalling.relay = (m) => void settle().then(() => clerk.signalling.deliver(relay(m, 'citizen')))
    clerk.pc().dispatchEvent(new Event('negotiationneeded'))
    citizen.pc().dispatchEvent(new Event('negotiationneeded'))
    for (let i = 0; i < 10; i++) await settle()
    const clerkOffer = clerk.signalling.ofType('signal.offer').at(-1)!
    expect(citizen.signalling.ofType('signal.offer')).toHaveLength(1) // the citizen did offer...
    expect(citizen.pc().remoteDescription?.sdp).toBe(clerkOffer.sdp) // ...but took the clerk's
    expect(clerk.pc().remoteDescription?.type).toBe('answer')
    expect([clerk.pc().signalingState, citizen.pc().signalingState]).toEqual(['stable', 'stable'])
    expect([...clerk.errors, ...citizen.errors]).toEqual([])
  })
})

function relay(message: { type: string }, from: CallRole) {
  return { ...message, from } as Parameters<FakeSignalling['deliver']>[0]
}

describe('ICE restart (clerk side)', () => {
  it('restarts at once when the media path fails', async () => {
    const clerk = await connectedClerk()
    expect(clerk.session.getSnapshot().phase).toBe('connected')
    clerk.pc().setIceState('failed')
    await settle()
    expect(clerk.pc().offers.at(-1)).toEqual({ iceRestart: true })
    expect(clerk.signalling.ofType('signal.offer').at(-1)?.sdp).toMatch(/-restart$/)
    expect(clerk.session.getSnapshot()).toMatchObject({ phase: 'reconnecting', iceRestarts: 1 })
  })

  it('restarts when the path stays disconnected for 3 s, not when it comes back sooner', async () => {
    const clerk = await connectedClerk()
    vi.useFakeTimers()
    clerk.pc().setIceState('disconnected')
    vi.advanceTimersByTime(2000)
    clerk.pc().setIceState('connected')
    vi.advanceTimersByTime(5000)
    expect(clerk.session.getSnapshot().iceRestarts).toBe(0)
    clerk.pc().setIceState('disconnected')
    vi.advanceTimersByTime(2999)
    expect(clerk.session.getSnapshot().iceRestarts).toBe(0)
    vi.advanceTimersByTime(1)
    expect(clerk.session.getSnapshot().iceRestarts).toBe(1)
    expect(clerk.pc().offers.at(-1)).toEqual({ iceRestart: true })
  })

  it('rejoins after the signalling socket reconnects, then restarts ICE when the citizen is confirmed', async () => {
    const clerk = await connectedClerk()
    clerk.signalling.setState('connecting')
    expect(clerk.session.getSnapshot().phase).toBe('reconnecting')
    clerk.signalling.setState('open')
    expect(clerk.signalling.ofType('call.join')).toHaveLength(2)
    clerk.joined()
    expect(clerk.session.getSnapshot()).toMatchObject({ rejoins: 1, iceRestarts: 0 })
    clerk.event('peer-joined')
    await settle()
    expect(clerk.session.getSnapshot().iceRestarts).toBe(1)
    expect(clerk.pc().offers.at(-1)).toEqual({ iceRestart: true })
    expect(clerk.pcs).toHaveLength(1) // the same connection, restarted, not a new call
  })

  it('restarts when the citizen reconnects, rolling back an offer the citizen never answered', async () => {
    const clerk = party('clerk')
    clerk.session.start()
    clerk.joined()
    clerk.event('peer-joined')
    await settle()
    expect(clerk.pc().signalingState).toBe('have-local-offer')
    clerk.event('peer-reconnecting')
    expect(clerk.session.getSnapshot().phase).toBe('reconnecting')
    clerk.event('peer-joined')
    await settle()
    expect(clerk.signalling.ofType('signal.offer')).toHaveLength(2)
    expect(clerk.pc().signalingState).toBe('have-local-offer')
  })
})

describe('the citizen side', () => {
  it('shows reconnecting on a failed path but leaves the restart to the clerk', async () => {
    const citizen = party('citizen')
    citizen.session.start()
    citizen.joined()
    citizen.event('peer-joined')
    citizen.signalling.deliver({ type: 'signal.offer', callId, from: 'clerk', sdp: 'offer-clerk' })
    await settle()
    citizen.pc().setIceState('connected')
    citizen.pc().setIceState('failed')
    await settle()
    expect(citizen.session.getSnapshot()).toMatchObject({ phase: 'reconnecting', iceRestarts: 0 })
    expect(citizen.signalling.ofType('signal.offer')).toEqual([])
  })

  it('resends unconfirmed chat lines after rejoining, with the same client id', () => {
    const citizen = party('citizen')
    citizen.session.start()
    citizen.joined()
    citizen.session.chat.say('one')
    citizen.signalling.setState('connecting')
    citizen.session.chat.say('two') // not sent: the socket is down
    citizen.signalling.setState('open')
    citizen.joined()
    const sends = citizen.signalling.ofType('chat.send')
    expect(sends.map((m) => m.text)).toEqual(['one', 'one', 'two'])
    expect(sends[0]!.clientId).toBe(sends[1]!.clientId)
  })

  it('ends when the clerk ends the call, and hears the clerk’s co-browsing only', () => {
    const citizen = party('citizen')
    const heard: string[] = []
    citizen.session.onCobrowse((m) => heard.push(`${m.type}:${m.from}`))
    citizen.session.start()
    citizen.joined()
    citizen.event('peer-joined')
    citizen.signalling.deliver({ type: 'cobrowse.highlight', callId, from: 'clerk', fieldId: 'mobile' })
    citizen.signalling.deliver({ type: 'cobrowse.field', callId, from: 'citizen', fieldId: 'x', value: 1 })
    citizen.signalling.deliver({ type: 'cobrowse.highlight', callId: 'other', from: 'clerk', fieldId: 'x' })
    expect(heard).toEqual(['cobrowse.highlight:clerk'])
    citizen.event('ended')
    expect(citizen.session.getSnapshot()).toMatchObject({ phase: 'ended', endedBy: 'server' })
    expect(citizen.pc().closed).toBe(true)
  })

  it('hangs up: tells the server and closes the media', () => {
    const citizen = party('citizen')
    citizen.session.start()
    citizen.joined()
    citizen.session.hangUp()
    expect(citizen.signalling.sent.at(-1)).toEqual({ type: 'call.leave', callId })
    expect(citizen.session.getSnapshot()).toMatchObject({ phase: 'ended', endedBy: 'self' })
  })
})

describe('stats', () => {
  it('reads frames decoded from the inbound video', async () => {
    const clerk = await connectedClerk()
    clerk
      .pc()
      .statsReport.set('in', { type: 'inbound-rtp', kind: 'video', framesDecoded: 42, bytesReceived: 9 })
    clerk.pc().statsReport.set('out', { type: 'outbound-rtp', kind: 'video', framesSent: 40, bytesSent: 7 })
    expect(await clerk.session.stats()).toMatchObject({ framesDecoded: 42, framesSent: 40, bytesReceived: 9 })
  })
})
