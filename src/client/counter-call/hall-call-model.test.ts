import { describe, expect, it } from 'vitest'
import type { TicketView } from '../queue/queue-api'
import type { HeldTicket } from '../queue/ticket-store'
import { hallCallTicketId } from './hall-call-model'

function held(id: string): HeldTicket {
  const ticket: TicketView = {
    id,
    number: 'A001',
    hallId: 'city-centre',
    departmentId: 'social-security',
    serviceId: null,
    status: 'called',
    position: null,
    wait: null,
    counterId: 'counter-01',
    counterNumber: '01',
    callId: `call-${id}`,
    issuedAt: 1,
  }
  return { key: { ticketId: id, token: 'secret', departmentId: ticket.departmentId }, ticket }
}

const none = new Set<string>()

describe('hallCallTicketId', () => {
  it('shows nothing while no ticket is called', () => {
    expect(hallCallTicketId({ current: null, active: null, closed: none, presenting: false })).toBeNull()
  })

  it('opens the called ticket’s call on the desktop', () => {
    expect(hallCallTicketId({ current: null, active: held('t1'), closed: none, presenting: false })).toBe(
      't1',
    )
  })

  it('leaves the call to the VR panel while a VR session runs', () => {
    expect(hallCallTicketId({ current: null, active: held('t1'), closed: none, presenting: true })).toBeNull()
  })

  it('does not reopen a call the citizen closed', () => {
    const closed = new Set(['t1'])
    expect(hallCallTicketId({ current: null, active: held('t1'), closed, presenting: false })).toBeNull()
    expect(hallCallTicketId({ current: null, active: held('t2'), closed, presenting: false })).toBe('t2')
  })

  it('keeps the open call after the ticket is done (the rating follows), and over a newer call', () => {
    expect(hallCallTicketId({ current: 't1', active: null, closed: none, presenting: false })).toBe('t1')
    expect(hallCallTicketId({ current: 't1', active: held('t2'), closed: none, presenting: false })).toBe(
      't1',
    )
  })
})
