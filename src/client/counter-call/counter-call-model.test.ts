import { describe, expect, it } from 'vitest'
import type { CallPhase } from '../call/call-session'
import type { TicketView } from '../queue/queue-api'
import type { HeldTicket } from '../queue/ticket-store'
import { activeCallTicket, counterCallView } from './counter-call-model'

function held(id: string, patch: Partial<TicketView>): HeldTicket {
  const ticket: TicketView = {
    id,
    number: 'A001',
    hallId: 'city-centre',
    departmentId: 'social-security',
    serviceId: null,
    status: 'waiting',
    position: 1,
    wait: null,
    counterId: null,
    counterNumber: null,
    callId: null,
    issuedAt: 1000,
    ...patch,
  }
  return { key: { ticketId: id, token: `token-${id}`, departmentId: ticket.departmentId }, ticket }
}

describe('activeCallTicket', () => {
  it('is null while every ticket waits or is finished', () => {
    expect(activeCallTicket({})).toBeNull()
    const waiting = held('t1', {})
    const done = held('t2', { status: 'done', callId: 'c2', counterId: 'counter-01' })
    expect(activeCallTicket({ t1: waiting, t2: done })).toBeNull()
  })

  it('picks a called or serving ticket that has a call and a counter', () => {
    const called = held('t1', { status: 'called', callId: 'c1', counterId: 'counter-03' })
    expect(activeCallTicket({ t1: called })?.ticket.counterId).toBe('counter-03')
    const serving = held('t2', { status: 'serving', callId: 'c2', counterId: 'counter-04' })
    expect(activeCallTicket({ t2: serving })?.key.ticketId).toBe('t2')
  })

  it('ignores a called ticket without a call id or a counter (nothing to show on a screen)', () => {
    const noCall = held('t1', { status: 'called', counterId: 'counter-03' })
    const noCounter = held('t2', { status: 'called', callId: 'c2' })
    expect(activeCallTicket({ t1: noCall, t2: noCounter })).toBeNull()
  })

  it('prefers the latest issued ticket when two departments call at once', () => {
    const older = held('t1', { status: 'called', callId: 'c1', counterId: 'counter-01', issuedAt: 1 })
    const newer = held('t2', { status: 'called', callId: 'c2', counterId: 'counter-09', issuedAt: 2 })
    expect(activeCallTicket({ t1: older, t2: newer })?.ticket.id).toBe('t2')
    expect(activeCallTicket({ t2: newer, t1: older })?.ticket.id).toBe('t2')
  })
})

describe('counterCallView', () => {
  const base = { hasRemoteVideo: true, microphoneOn: true, cameraOn: true }

  it('offers joining before the call starts, with no video and no controls', () => {
    expect(counterCallView({ ...base, phase: null })).toMatchObject({
      status: 'join',
      canJoin: true,
      controls: false,
      showVideo: false,
    })
  })

  it.each<[CallPhase, string, boolean, boolean]>([
    ['joining', 'joining', false, true],
    ['waiting-peer', 'waiting', false, true],
    ['connecting', 'connecting', false, true],
    ['connected', 'connected', true, true],
    ['reconnecting', 'reconnecting', true, true],
    ['ended', 'ended', false, false],
    ['refused', 'refused', false, false],
  ])('phase %s shows status %s, video %s, controls %s', (phase, status, video, controls) => {
    const view = counterCallView({ ...base, phase })
    expect(view.status).toBe(status)
    expect(view.showVideo).toBe(video)
    expect(view.controls).toBe(controls)
    expect(view.canJoin).toBe(false)
  })

  it('shows no picture while connected but no video track has arrived (audio only clerk)', () => {
    expect(counterCallView({ ...base, phase: 'connected', hasRemoteVideo: false }).showVideo).toBe(false)
  })

  it('carries the toggles so the buttons say what they will do', () => {
    const view = counterCallView({
      phase: 'connected',
      hasRemoteVideo: true,
      microphoneOn: false,
      cameraOn: false,
    })
    expect(view.microphoneOn).toBe(false)
    expect(view.cameraOn).toBe(false)
  })
})
