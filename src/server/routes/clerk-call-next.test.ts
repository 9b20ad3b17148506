import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openClerkDesk, resetClerkDesk } from '../testing/clerk-session'
import { clerkSnapshot, signInClerk } from '../clerks/testing/clerk-accounts'
import { insertTicket } from '../queue/testing/queue-rows'
import type { ClerkTestApp, SignedInClerk } from '../testing/test-app'

let t: ClerkTestApp
let social: SignedInClerk
let second: SignedInClerk
let supervisor: SignedInClerk
let tax: SignedInClerk

beforeAll(async () => {
  ;({ t, social, other: second } = await openClerkDesk('second-social'))
  supervisor = await signInClerk(t, 'supervisor')
  tax = await signInClerk(t, 'clerk-tax')
})
afterAll(async () => t.close())
// Every test starts from an empty queue and free clerks.
beforeEach(() => resetClerkDesk(t))

const callNext = (as: SignedInClerk, lang = 'zh') =>
  t.call({ method: 'POST', url: `/api/clerk/call-next?lang=${lang}`, as })
const noShow = (as: SignedInClerk, ticketId: string) =>
  t.call({ method: 'POST', url: `/api/clerk/tickets/${ticketId}/no-show`, as })

describe('call next', () => {
  it('calls the longest-waiting ticket of the clerk’s departments to their counter, and opens its call', async () => {
    const now = Date.now()
    const later = await insertTicket(t, { issuedAt: now - 1_000 })
    const first = await insertTicket(t, { issuedAt: now - 3_000 })
    await insertTicket(t, { departmentId: 'tax', issuedAt: now - 9_000 })
    const res = await callNext(social)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.ticket).toMatchObject({
      id: first.id,
      number: first.number,
      status: 'called',
      departmentId: 'social-security',
      counterId: 'counter-01',
      counterNumber: '01',
      callId: body.callId,
      position: null,
    })
    const row = await t.db
      .selectFrom('tickets')
      .selectAll()
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ status: 'called', clerk_id: social.id, counter_id: 'counter-01' })
    const call = await t.db
      .selectFrom('calls')
      .selectAll()
      .where('id', '=', body.callId)
      .executeTakeFirstOrThrow()
    expect(call).toMatchObject({ ticket_id: first.id, clerk_id: social.id, ended_at: null })
    const clerk = await t.db
      .selectFrom('clerks')
      .select('state')
      .where('id', '=', social.id)
      .executeTakeFirstOrThrow()
    expect(clerk.state).toBe('busy')
    expect(t.notices).toEqual([`ticket:${first.id}`, 'department:social-security'])

    // One ticket at a time: finish (here: no-show) before the next.
    const refused = await callNext(social, 'en')
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error).toEqual({
      code: 'call_in_progress',
      message: `Finish the current number (${first.number}) before calling the next one.`,
    })
    expect((await noShow(social, first.id)).statusCode).toBe(200)
    expect((await callNext(social)).json().ticket.id).toBe(later.id)
  })

  it('a one-stop clerk takes whoever waited longest in any of their departments', async () => {
    const now = Date.now()
    await insertTicket(t, { issuedAt: now - 1_000 })
    const oldest = await insertTicket(t, { departmentId: 'tax', issuedAt: now - 5_000 })
    expect((await callNext(supervisor)).json().ticket.id).toBe(oldest.id)
  })

  it('nobody waiting -> 404 queue_empty in the request language, nothing changed', async () => {
    await insertTicket(t, { departmentId: 'tax' })
    const before = await clerkSnapshot(t.db)
    const zh = await callNext(social)
    expect(zh.statusCode).toBe(404)
    expect(zh.json().error).toEqual({ code: 'queue_empty', message: '您负责的部门目前没有人排队。' })
    expect((await callNext(social, 'en')).json().error.message).toBe('Nobody is waiting in your departments.')
    expect(await clerkSnapshot(t.db)).toEqual(before)
    expect(t.notices).toEqual([])
  })

  it('needs the session and its CSRF token', async () => {
    await insertTicket(t)
    const before = await clerkSnapshot(t.db)
    const anonymous = await t.call({ method: 'POST', url: '/api/clerk/call-next' })
    expect(anonymous.statusCode).toBe(401)
    const noToken = await t.call({
      method: 'POST',
      url: '/api/clerk/call-next',
      headers: { cookie: social.cookie },
    })
    expect(noToken.statusCode).toBe(403)
    const noGlobal = await t.call({ method: 'POST', url: '/api/clerk/call-next', as: social, csrf: false })
    expect(noGlobal.statusCode).toBe(403)
    expect(await clerkSnapshot(t.db)).toEqual(before)
  })

  it('two clerks pressing at the same instant over two tickets always get different ones', async () => {
    for (let round = 0; round < 15; round++) {
      const now = Date.now()
      const a = await insertTicket(t, { issuedAt: now - 2_000 })
      const b = await insertTicket(t, { issuedAt: now - 1_000 })
      const [r1, r2] = await Promise.all([callNext(social), callNext(second)])
      expect([r1.statusCode, r2.statusCode]).toEqual([200, 200])
      const got = [r1.json().ticket.id, r2.json().ticket.id]
      expect(new Set(got)).toEqual(new Set([a.id, b.id]))
      expect(r1.json().callId).not.toBe(r2.json().callId)
      const rows = await t.db
        .selectFrom('tickets')
        .select(['id', 'clerk_id'])
        .where('id', 'in', got)
        .execute()
      expect(new Set(rows.map((r) => r.clerk_id))).toEqual(new Set([social.id, second.id]))
      await Promise.all([noShow(social, r1.json().ticket.id), noShow(second, r2.json().ticket.id)])
    }
  })

  it('with one ticket, one of two clerks gets it and the other hears queue_empty', async () => {
    for (let round = 0; round < 15; round++) {
      const only = await insertTicket(t)
      const results = await Promise.all([callNext(social), callNext(supervisor)])
      const statuses = results.map((r) => r.statusCode).sort()
      expect(statuses).toEqual([200, 404])
      const winner = results.find((r) => r.statusCode === 200)!
      const loser = results.find((r) => r.statusCode === 404)!
      expect(winner.json().ticket.id).toBe(only.id)
      expect(loser.json().error.code).toBe('queue_empty')
      expect(
        await t.db.selectFrom('calls').select('id').where('ticket_id', '=', only.id).execute(),
      ).toHaveLength(1)
      const loserId = winner === results[0] ? supervisor.id : social.id
      const state = await t.db
        .selectFrom('clerks')
        .select('state')
        .where('id', '=', loserId)
        .executeTakeFirstOrThrow()
      expect(state.state).toBe('available')
      await noShow(winner === results[0] ? social : supervisor, only.id)
    }
  })

  it('the same clerk double-clicking gets one ticket, not two', async () => {
    await insertTicket(t)
    await insertTicket(t)
    const results = await Promise.all([callNext(tax), callNext(social), callNext(social)])
    expect(results[0]!.statusCode).toBe(404)
    expect(
      results
        .slice(1)
        .map((r) => r.statusCode)
        .sort(),
    ).toEqual([200, 409])
    const mine = await t.db.selectFrom('tickets').select('id').where('clerk_id', '=', social.id).execute()
    expect(mine).toHaveLength(1)
  })
})

describe('the clerk’s queue', () => {
  it('lists each department’s waiting tickets in call order with positions (priority flags first)', async () => {
    const now = Date.now()
    const a = await insertTicket(t, { issuedAt: now - 3_000 })
    const b = await insertTicket(t, { issuedAt: now - 1_000, flags: ['elderly'] })
    const c = await insertTicket(t, { departmentId: 'tax', issuedAt: now - 3_000 })
    const mine = (await t.call({ method: 'GET', url: '/api/clerk/queue', as: social })).json()
    expect(mine.departments).toEqual([
      {
        departmentId: 'social-security',
        waiting: [
          { ticketId: b.id, number: b.number, issuedAt: now - 1_000, position: 1, flags: ['elderly'] },
          { ticketId: a.id, number: a.number, issuedAt: now - 3_000, position: 2, flags: [] },
        ],
      },
    ])
    // Call next takes them in the same order the list shows.
    expect((await callNext(social)).json().ticket.id).toBe(b.id)
    const all = (await t.call({ method: 'GET', url: '/api/clerk/queue', as: supervisor })).json()
    expect(all.departments.map((d: { departmentId: string }) => d.departmentId)).toEqual([
      'social-security',
      'tax',
    ])
    expect(all.departments[1].waiting[0].ticketId).toBe(c.id)
    expect(all).toMatchObject({ callbacks: [], appointments: [] })
  })
})
