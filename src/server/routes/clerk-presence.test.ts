import { afterEach, describe, expect, it } from 'vitest'
import { ClerkPresence } from '../clerks/presence'
import { topics } from '../realtime/bus'
import { signInClerk } from '../clerks/testing/clerk-accounts'
import { insertTicket } from '../queue/testing/queue-rows'
import { flowHall } from '../testing/fixture-scenes'
import { buildTestApp, type ClerkTestApp, type SignedInClerk } from '../testing/test-app'

const GRACE_MS = 150
let t: ClerkTestApp
let presence: ClerkPresence
afterEach(async () => t.close())

async function start(presenceGraceMs = GRACE_MS) {
  presence = new ClerkPresence()
  t = await buildTestApp({
    hall: flowHall(),
    records: true,
    demoClerks: true,
    clerkApi: { presence, presenceGraceMs },
  })
}

const post = (url: string, as: SignedInClerk) => t.call({ method: 'POST', url, as })
const clerkState = async (id: string) =>
  (await t.db.selectFrom('clerks').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state
const ticket = (id: string) =>
  t.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('clerk presence', () => {
  it('sets a clerk with no console away after the grace period and hands their called ticket back', async () => {
    await start()
    const clerk = await signInClerk(t, 'clerk-social-security')
    const first = await insertTicket(t, { issuedAt: Date.now() - 60_000 })
    const called = await post('/api/clerk/call-next', clerk)
    expect(called.json().ticket.id).toBe(first.id)
    const callId = called.json().callId as string
    await expect.poll(() => clerkState(clerk.id), { timeout: 2000 }).toBe('away')
    expect(await ticket(first.id)).toMatchObject({ status: 'waiting', clerk_id: null, counter_id: null })
    expect(t.published).toContainEqual({
      topic: topics.call(callId),
      message: expect.objectContaining({ type: 'call.event', event: 'ended', callId }),
    })
    expect(t.notices).toContain(`ticket:${first.id}`)
    // Waits in the department change (one clerk fewer on duty).
    expect(t.notices.filter((n) => n === 'department:social-security').length).toBeGreaterThanOrEqual(2)
  })

  it('keeps a clerk on duty while a console is connected, and sets them away once it has been closed for the grace period', async () => {
    await start()
    const clerk = await signInClerk(t, 'clerk-social-security')
    presence.opened(clerk.id)
    await sleep(GRACE_MS * 3)
    expect(await clerkState(clerk.id)).toBe('available')
    presence.closed(clerk.id)
    const closedAt = Date.now()
    await expect.poll(() => clerkState(clerk.id), { timeout: 2000 }).toBe('away')
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(GRACE_MS - 5)
  })

  it('does nothing to a clerk whose console comes back within the grace period', async () => {
    // A longer grace here, so a slow machine cannot stretch the short gap past it.
    await start(1000)
    const clerk = await signInClerk(t, 'clerk-social-security')
    presence.opened(clerk.id)
    presence.closed(clerk.id)
    await sleep(50)
    presence.opened(clerk.id)
    await sleep(2000)
    expect(await clerkState(clerk.id)).toBe('available')
  })

  it('leaves a clerk who is serving a citizen busy with their ticket', async () => {
    await start()
    const clerk = await signInClerk(t, 'clerk-social-security')
    const first = await insertTicket(t)
    const called = await post('/api/clerk/call-next', clerk)
    expect(called.statusCode).toBe(200)
    const started = await post(`/api/clerk/tickets/${first.id}/start`, clerk)
    expect(started.statusCode, started.body).toBe(200)
    await sleep(GRACE_MS * 3)
    expect(await clerkState(clerk.id)).toBe('busy')
    expect((await ticket(first.id)).status).toBe('serving')
  })

  it('is off without a presence tracker: a clerk with no console stays available', async () => {
    t = await buildTestApp({
      hall: flowHall(),
      records: true,
      demoClerks: true,
      clerkApi: { presenceGraceMs: GRACE_MS },
    })
    const clerk = await signInClerk(t, 'clerk-social-security')
    await sleep(GRACE_MS * 3)
    expect(await clerkState(clerk.id)).toBe('available')
  })
})
