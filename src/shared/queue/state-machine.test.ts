import { describe, expect, it } from 'vitest'
import { applyTicketEvent, nextStatus, TICKET_TRANSITIONS, type TicketEventType } from './state-machine'
import { makeTicket } from './testing/tickets'
import { TICKET_STATUSES, type TicketStatus } from './ticket'

const EVENTS = Object.keys(TICKET_TRANSITIONS) as TicketEventType[]

describe('nextStatus', () => {
  it('follows waiting -> called -> serving -> done', () => {
    expect(nextStatus('waiting', 'call')).toEqual({ ok: true, value: 'called' })
    expect(nextStatus('called', 'start')).toEqual({ ok: true, value: 'serving' })
    expect(nextStatus('serving', 'finish')).toEqual({ ok: true, value: 'done' })
    expect(nextStatus('called', 'no-show')).toEqual({ ok: true, value: 'no-show' })
    expect(nextStatus('waiting', 'cancel')).toEqual({ ok: true, value: 'cancelled' })
    expect(nextStatus('called', 'cancel')).toEqual({ ok: true, value: 'cancelled' })
    expect(nextStatus('called', 'requeue')).toEqual({ ok: true, value: 'waiting' })
  })

  it('rejects skipping a step, with a reason', () => {
    const result = nextStatus('waiting', 'finish')
    expect(result).toEqual({
      ok: false,
      error: { code: 'illegal', message: expect.stringContaining('serving') },
    })
    expect(nextStatus('waiting', 'start').ok).toBe(false)
    expect(nextStatus('serving', 'cancel').ok).toBe(false)
    expect(nextStatus('serving', 'no-show').ok).toBe(false)
  })

  it('lets nothing leave a final status', () => {
    for (const status of ['done', 'no-show', 'cancelled'] as TicketStatus[])
      for (const event of EVENTS) {
        const result = nextStatus(status, event)
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result.error.code).toBe('final')
      }
  })

  it('allows exactly the moves in the table', () => {
    let allowed = 0
    for (const status of TICKET_STATUSES)
      for (const event of EVENTS) if (nextStatus(status, event).ok) allowed++
    expect(allowed).toBe(7)
  })
})

describe('applyTicketEvent', () => {
  it('stamps times and the clerk, and leaves the input alone', () => {
    const waiting = makeTicket({ id: 't1', issuedAt: 100 })
    const called = applyTicketEvent(waiting, { type: 'call', clerkId: 'c1', counterId: 'w7' }, 200)
    expect(waiting.status).toBe('waiting')
    if (!called.ok) throw new Error(called.error.message)
    expect(called.value).toMatchObject({ status: 'called', clerkId: 'c1', counterId: 'w7', calledAt: 200 })
    const serving = applyTicketEvent(called.value, { type: 'start' }, 300)
    if (!serving.ok) throw new Error(serving.error.message)
    expect(serving.value.startedAt).toBe(300)
    const done = applyTicketEvent(serving.value, { type: 'finish' }, 900)
    expect(done.ok && done.value).toMatchObject({ status: 'done', startedAt: 300, endedAt: 900 })
  })

  it('requeue clears the call and keeps the issue time', () => {
    const called = applyTicketEvent(
      makeTicket({ id: 't1', issuedAt: 100 }),
      { type: 'call', clerkId: 'c', counterId: 'w' },
      5,
    )
    if (!called.ok) throw new Error('call refused')
    const back = applyTicketEvent(called.value, { type: 'requeue' }, 6)
    expect(back.ok && back.value).toMatchObject({
      status: 'waiting',
      issuedAt: 100,
      clerkId: null,
      calledAt: null,
    })
  })

  it('returns the refusal for an illegal move', () => {
    const done = makeTicket({ id: 't', status: 'done' })
    const result = applyTicketEvent(done, { type: 'call', clerkId: 'c', counterId: 'w' }, 1)
    expect(result.ok).toBe(false)
  })
})
