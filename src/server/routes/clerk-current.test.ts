import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openClerkDesk, resetClerkDesk } from '../testing/clerk-session'
import { insertTicket } from '../queue/testing/queue-rows'
import type { ClerkTestApp, SignedInClerk } from '../testing/test-app'

let t: ClerkTestApp
let social: SignedInClerk
let other: SignedInClerk

beforeAll(async () => {
  ;({ t, social, other } = await openClerkDesk())
})
afterAll(async () => t.close())
beforeEach(() => resetClerkDesk(t))

const post = (url: string, as: SignedInClerk, payload?: object) =>
  t.call({ method: 'POST', url, as, ...(payload ? { payload } : {}) })
const current = async (as: SignedInClerk) => {
  const res = await t.call({ method: 'GET', url: '/api/clerk/current', as })
  expect(res.statusCode).toBe(200)
  return res.json().call
}

/** Has `as` call the next ticket; returns its call id. */
async function callNext(as: SignedInClerk) {
  const res = await post('/api/clerk/call-next', as)
  if (res.statusCode !== 200) throw new Error(res.body)
  return res.json().callId as string
}

describe('GET /api/clerk/current', () => {
  it('answers no call when the clerk has no open work', async () => {
    await insertTicket(t)
    expect(await current(social)).toBeNull()
  })

  it('gives the called ticket and its call, in phase called', async () => {
    const before = Date.now()
    const ticket = await insertTicket(t)
    const callId = await callNext(social)
    const call = await current(social)
    expect(call).toMatchObject({
      callId,
      phase: 'called',
      ticket: { id: ticket.id, number: ticket.number, status: 'called', callId, counterNumber: '01' },
    })
    expect(call.startedAt).toBeGreaterThanOrEqual(before)
    expect(call.startedAt).toBeLessThanOrEqual(Date.now())
  })

  it('is in phase serving once the citizen answered', async () => {
    const ticket = await insertTicket(t)
    const callId = await callNext(social)
    expect((await post(`/api/clerk/tickets/${ticket.id}/start`, social)).statusCode).toBe(200)
    expect(await current(social)).toMatchObject({ callId, phase: 'serving', ticket: { status: 'serving' } })
  })

  it('keeps an ended call until it is wrapped up, then answers no call', async () => {
    const ticket = await insertTicket(t)
    const callId = await callNext(social)
    await post(`/api/clerk/tickets/${ticket.id}/start`, social)
    expect((await post(`/api/clerk/calls/${callId}/end`, social)).statusCode).toBe(200)
    expect(await current(social)).toMatchObject({ callId, phase: 'wrap-up', ticket: { status: 'done' } })
    const wrap = await post(`/api/clerk/calls/${callId}/wrap-up`, social, {
      outcome: 'advice-only',
      notes: '',
    })
    expect(wrap.statusCode).toBe(200)
    expect(await current(social)).toBeNull()
  })

  it('does not offer a no-show or a requeued ticket as open work', async () => {
    const first = await insertTicket(t, { issuedAt: 1 })
    await callNext(social)
    await post(`/api/clerk/tickets/${first.id}/no-show`, social)
    expect(await current(social)).toBeNull()
    const second = await insertTicket(t, { issuedAt: 2 })
    await callNext(social)
    await post(`/api/clerk/tickets/${second.id}/requeue`, social)
    expect(await current(social)).toBeNull()
  })

  it('never shows another clerk’s call', async () => {
    const ticket = await insertTicket(t)
    const callId = await callNext(other)
    expect(await current(social)).toBeNull()
    expect(await current(other)).toMatchObject({ callId, ticket: { id: ticket.id } })
  })

  it('requires the clerk’s session', async () => {
    await insertTicket(t)
    await callNext(social)
    const res = await t.call({ method: 'GET', url: '/api/clerk/current' })
    expect(res.statusCode).toBe(401)
    expect(res.body).not.toContain('"callId"')
  })
})
