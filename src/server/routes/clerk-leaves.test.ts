import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { topics } from '../realtime/bus'
import { signInClerk } from '../clerks/testing/clerk-accounts'
import { insertTicket } from '../queue/testing/queue-rows'
import { flowHall } from '../testing/fixture-scenes'
import { buildTestApp, type ClerkTestApp, type SignedInClerk } from '../testing/test-app'

let t: ClerkTestApp
let clerk: SignedInClerk
beforeEach(async () => {
  t = await buildTestApp({ hall: flowHall(), records: true, demoClerks: true, clerkApi: {} })
  clerk = await signInClerk(t, 'clerk-social-security')
})
afterEach(async () => t.close())

const post = (url: string, payload?: object, as: SignedInClerk = clerk) =>
  t.call({ method: 'POST', url, as, ...(payload ? { payload } : {}) })

/** Two waiting tickets; the clerk calls the first. */
async function callFirst() {
  const first = await insertTicket(t, { issuedAt: Date.now() - 60_000 })
  const second = await insertTicket(t, { issuedAt: Date.now() - 30_000 })
  const res = await post('/api/clerk/call-next')
  expect(res.json().ticket.id).toBe(first.id)
  return { first, second, callId: res.json().callId as string }
}

const ticket = (id: string) =>
  t.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
const clerkRow = () =>
  t.db.selectFrom('clerks').selectAll().where('id', '=', clerk.id).executeTakeFirstOrThrow()

describe('a clerk leaving the desk with a ticket', () => {
  it('going away hands a called ticket back at its place and ends its call', async () => {
    const { first, second, callId } = await callFirst()
    const res = await post('/api/clerk/state', { state: 'away' })
    expect(res.statusCode).toBe(200)
    expect(res.json().clerk.state).toBe('away')
    expect(await ticket(first.id)).toMatchObject({ status: 'waiting', clerk_id: null, counter_id: null })
    expect((await clerkRow()).state).toBe('away')
    expect(t.published).toContainEqual({
      topic: topics.call(callId),
      message: expect.objectContaining({ type: 'call.event', event: 'ended', callId }),
    })
    expect(t.notices).toContain(`ticket:${first.id}`)
    // It kept its place: the next clerk to call gets it before the later ticket.
    const other = await signInClerk(t, 'supervisor')
    const next = await post('/api/clerk/call-next', undefined, other)
    expect(next.json().ticket.id).toBe(first.id)
    expect(next.json().ticket.id).not.toBe(second.id)
  })

  it('going away while serving is refused: the citizen keeps their clerk', async () => {
    const { first } = await callFirst()
    expect((await post(`/api/clerk/tickets/${first.id}/start`)).statusCode).toBe(200)
    const res = await post('/api/clerk/state', { state: 'away' })
    expect(res.statusCode).toBe(409)
    expect(res.json().error.code).toBe('call_in_progress')
    expect(await ticket(first.id)).toMatchObject({ status: 'serving', clerk_id: clerk.id })
    expect((await clerkRow()).state).toBe('busy')
  })

  it('signing out hands a called ticket back and the clerk goes away', async () => {
    const { first, callId } = await callFirst()
    expect((await post('/api/clerk/logout')).statusCode).toBe(200)
    expect(await ticket(first.id)).toMatchObject({ status: 'waiting', clerk_id: null })
    expect((await clerkRow()).state).toBe('away')
    expect(t.published.map((p) => p.topic)).toContain(topics.call(callId))
  })

  it('signing out while serving keeps the ticket with the clerk, who stays busy', async () => {
    const { first } = await callFirst()
    await post(`/api/clerk/tickets/${first.id}/start`)
    expect((await post('/api/clerk/logout')).statusCode).toBe(200)
    expect(await ticket(first.id)).toMatchObject({ status: 'serving', clerk_id: clerk.id })
    expect((await clerkRow()).state).toBe('busy')
  })

  it('signing out of one of two sessions leaves the called ticket with the clerk', async () => {
    const { first } = await callFirst()
    const otherTab = await signInClerk(t, 'clerk-social-security')
    expect((await post('/api/clerk/logout', undefined, otherTab)).statusCode).toBe(200)
    expect(await ticket(first.id)).toMatchObject({ status: 'called', clerk_id: clerk.id })
  })
})
