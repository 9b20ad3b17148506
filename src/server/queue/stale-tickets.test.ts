import { afterEach, describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import { parseServerMessage, type ServerMessage } from '../../shared/protocol'
import { serviceDay } from '../../shared/queue'
import { callNextTicket } from '../calls/call-next'
import type { ClerkPrincipal } from '../clerks/clerks'
import type { Database } from '../db/database'
import { topics } from '../realtime/bus'
import { createMemoryBus } from '../realtime/memory-bus'
import { readDepartmentQueue } from './board'
import { closeStaleTickets } from './stale-tickets'
import { hashTicketToken } from './ticket-token'
import { addClerk } from '../clerks/testing/clerk-accounts'
import { serveTicket } from './testing/queue-rows'
import { buildTestApp, type TestApp } from '../testing/test-app'

const DAY = 86_400_000
let t: TestApp | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

let seq = 100
/** A ticket row issued at `issuedAt` (its service day follows), with holder token `tok-<id>`. */
async function insert(db: Kysely<Database>, id: string, issuedAt: number, status = 'waiting') {
  seq++
  await db
    .insertInto('tickets')
    .values({
      id,
      hall_id: 'test-hall',
      department_id: 'social-security',
      service_id: null,
      number: `A${seq}`,
      sequence: seq,
      service_day: serviceDay(issuedAt),
      status,
      flags: '["elderly"]',
      holder_token_hash: hashTicketToken(`tok-${id}`),
      citizen_id: null,
      resume_code: null,
      application_reference: null,
      language: 'en',
      clerk_id: null,
      counter_id: null,
      issued_at: issuedAt,
      called_at: null,
      started_at: null,
      ended_at: null,
    })
    .execute()
}

const principal = (id: string): ClerkPrincipal => ({
  id,
  username: id,
  displayName: { zh: '测试', en: 'Test' },
  hallId: 'test-hall',
  departments: ['social-security'],
  counterId: 'counter-02',
  isSupervisor: false,
  state: 'available',
})

describe('tickets of an earlier service day', () => {
  it('stand in no queue: positions, board, availability and call-next see only today', async () => {
    t = await buildTestApp({ records: true, language: 'en' })
    const clerk = await addClerk(t.db, { departments: ['social-security'] })
    const now = Date.now()
    const availability = async () =>
      (
        await t!.call({
          method: 'GET',
          url: '/api/halls/test-hall/departments/social-security/availability',
        })
      ).json()
    await insert(t.db, 'new', now)
    const before = await availability()
    // Yesterday's elderly ticket would be first in line by issue time and priority.
    await insert(t.db, 'old', now - DAY)
    const read = (id: string) =>
      t!.call({ method: 'GET', url: `/api/tickets/${id}`, headers: { 'x-onehall-ticket': `tok-${id}` } })
    expect((await read('new')).json().ticket).toMatchObject({ position: 1 })
    expect((await read('old')).json().ticket).toMatchObject({ position: null, wait: null })
    expect(await availability()).toEqual(before)
    const board = await t.call({ method: 'GET', url: '/api/halls/test-hall/board' })
    expect(board.json().waiting).toContainEqual({ departmentId: 'social-security', count: 1 })
    const queue = await readDepartmentQueue(t.db, 'test-hall', 'social-security')
    expect(queue.waiting.map((w) => w.ticketId)).toEqual(['new'])
    const called = await callNextTicket(t.db, principal(clerk))
    expect(called).toMatchObject({ kind: 'called', ticket: { id: 'new' } })
  })

  it("give the holder a new ticket today instead of yesterday's", async () => {
    t = await buildTestApp({ records: true, language: 'en' })
    await addClerk(t.db, { departments: ['social-security'] })
    await insert(t.db, 'old', Date.now() - DAY)
    const res = await t.call({
      method: 'POST',
      url: '/api/tickets',
      payload: { hallId: 'test-hall', departmentId: 'social-security' },
      headers: { 'x-onehall-ticket': 'tok-old' },
    })
    expect(res.statusCode).toBe(201)
    expect(res.json().ticket.id).not.toBe('old')
  })

  it('are closed by the sweep: waiting -> cancelled, called -> no-show with its call ended', async () => {
    t = await buildTestApp({ records: true, language: 'en' })
    const clerk = await addClerk(t.db, { departments: ['social-security'], state: 'busy' })
    const now = Date.now()
    await insert(t.db, 'old-waiting', now - DAY)
    await insert(t.db, 'old-called', now - DAY - 1000)
    const callId = await serveTicket(t.db, 'old-called', clerk, { calledAt: now - DAY })
    await insert(t.db, 'old-serving', now - DAY - 2000)
    await serveTicket(t.db, 'old-serving', clerk, { calledAt: now - DAY, startedAt: now - DAY })
    await insert(t.db, 'today', now)

    const closed = await closeStaleTickets(t.db, now)
    expect(closed.map((c) => [c.id, c.status, c.endedCallId]).sort()).toEqual([
      ['old-called', 'no-show', callId],
      ['old-waiting', 'cancelled', null],
    ])
    const rows = await t.db.selectFrom('tickets').select(['id', 'status', 'ended_at']).orderBy('id').execute()
    expect(rows.map((r) => [r.id, r.status, r.ended_at === null ? null : Number(r.ended_at)])).toEqual([
      ['old-called', 'no-show', now],
      ['old-serving', 'serving', null],
      ['old-waiting', 'cancelled', now],
      ['today', 'waiting', null],
    ])
    const call = await t.db.selectFrom('calls').selectAll().where('id', '=', callId).executeTakeFirstOrThrow()
    expect(Number(call.ended_at)).toBe(now)
    // A second sweep finds nothing more to do.
    expect(await closeStaleTickets(t.db, now)).toEqual([])
  })

  it('frees a busy clerk whose only ticket was a stale called one (away when signed out)', async () => {
    t = await buildTestApp({ records: true, language: 'en' })
    const clerk = await addClerk(t.db, { departments: ['social-security'], state: 'busy' })
    await insert(t.db, 'old-called', Date.now() - DAY)
    await serveTicket(t.db, 'old-called', clerk, { calledAt: Date.now() - DAY })
    await closeStaleTickets(t.db)
    const row = await t.db
      .selectFrom('clerks')
      .select('state')
      .where('id', '=', clerk)
      .executeTakeFirstOrThrow()
    expect(row.state).toBe('away')
  })

  it('runs at server start when asked, and publishes the changes', async () => {
    const bus = createMemoryBus<ServerMessage>()
    const received: { topic: string; message: ServerMessage }[] = []
    const first = await buildTestApp({ records: true, language: 'en', bus })
    const clerk = await addClerk(first.db, { departments: ['social-security'], state: 'busy' })
    await insert(first.db, 'old-waiting', Date.now() - DAY)
    await insert(first.db, 'old-called', Date.now() - DAY - 1)
    const callId = await serveTicket(first.db, 'old-called', clerk, { calledAt: Date.now() - DAY })
    await first.stop()
    for (const topic of [topics.ticket('old-waiting'), topics.call(callId), topics.board('test-hall')])
      bus.subscribe(topic, (message) => void received.push({ topic, message }))

    t = await buildTestApp({
      records: true,
      language: 'en',
      bus,
      reuse: first.folders,
      staleTicketSweepMs: 60_000,
    })
    const status = await t.db
      .selectFrom('tickets')
      .select('status')
      .where('id', '=', 'old-waiting')
      .executeTakeFirstOrThrow()
    expect(status.status).toBe('cancelled')
    await expect
      .poll(() => received.map((r) => r.topic), { timeout: 2000 })
      .toEqual(
        expect.arrayContaining([
          topics.ticket('old-waiting'),
          topics.call(callId),
          topics.board('test-hall'),
        ]),
      )
    expect(received.find((r) => r.topic === topics.ticket('old-waiting'))?.message).toMatchObject({
      status: 'cancelled',
    })
    expect(received.find((r) => r.topic === topics.call(callId))?.message).toMatchObject({
      type: 'call.event',
      event: 'ended',
    })
    for (const { message } of received)
      expect(parseServerMessage(JSON.stringify(message))).toMatchObject({ ok: true })
    await t.close()
    t = undefined
    await bus.close()
  })

  it('is off unless asked', async () => {
    t = await buildTestApp({ records: true, language: 'en' })
    await insert(t.db, 'old-waiting', Date.now() - DAY)
    await t.stop()
    t = await buildTestApp({ records: true, language: 'en', reuse: t.folders })
    const row = await t.db.selectFrom('tickets').select('status').executeTakeFirstOrThrow()
    expect(row.status).toBe('waiting')
  })
})
