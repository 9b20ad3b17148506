import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ServerMessage } from '../../shared/protocol'
import { topics } from '../realtime/bus'
import { createMemoryBus, type MemoryBus } from '../realtime/memory-bus'
import { sharedQueueNotifier } from '../queue/queue-notifier'
import { addClerk } from '../clerks/testing/clerk-accounts'
import { serveTicket } from '../queue/testing/queue-rows'
import { buildTestApp, type TestApp } from '../testing/test-app'

let bus: MemoryBus<ServerMessage>
let t: TestApp
let received: { topic: string; message: ServerMessage }[]
let clerk: string

beforeEach(async () => {
  bus = createMemoryBus<ServerMessage>()
  t = await buildTestApp({ records: true, language: 'en', bus })
  received = []
  clerk = await addClerk(t.db, { departments: ['social-security'], state: 'busy' })
})
afterEach(async () => {
  await t.close()
  await bus.close()
})

/** A ticket taken through the API and called to the clerk: its id, token and call. */
async function calledTicket() {
  const res = await t.call({
    method: 'POST',
    url: '/api/tickets',
    payload: { hallId: 'test-hall', departmentId: 'social-security' },
  })
  const { ticket, token } = res.json() as { ticket: { id: string }; token: string }
  const callId = await serveTicket(t.db, ticket.id, clerk)
  for (const topic of [topics.call(callId), topics.queue('test-hall', 'social-security')])
    bus.subscribe(topic, (message) => void received.push({ topic, message }))
  return { id: ticket.id, token, callId }
}

const cancel = (id: string, token: string) =>
  t.call({ method: 'POST', url: `/api/tickets/${id}/cancel`, headers: { 'x-onehall-ticket': token } })

const clerkState = async () =>
  (await t.db.selectFrom('clerks').select('state').where('id', '=', clerk).executeTakeFirstOrThrow()).state

describe('cancelling a called ticket', () => {
  it('ends its call, tells both parties and frees the clerk (available: the call never began)', async () => {
    const { id, token, callId } = await calledTicket()
    const res = await cancel(id, token)
    expect(res.statusCode).toBe(200)
    expect(res.json().ticket).toMatchObject({ status: 'cancelled' })
    const call = await t.db.selectFrom('calls').selectAll().where('id', '=', callId).executeTakeFirstOrThrow()
    expect(call.ended_at).not.toBeNull()
    expect(await clerkState()).toBe('available')
    await sharedQueueNotifier(t.db, t.scenes, bus).idle()
    expect(received.find((r) => r.topic === topics.call(callId))?.message).toEqual({
      type: 'call.event',
      callId,
      event: 'ended',
      at: Number(call.ended_at),
    })
    expect(received.some((r) => r.topic === topics.queue('test-hall', 'social-security'))).toBe(true)
  })

  it('leaves the clerk in wrap-up when the call had begun (chat lines were exchanged)', async () => {
    const { id, token, callId } = await calledTicket()
    await t.db
      .insertInto('chat_messages')
      .values({
        id: 'line-1',
        call_id: callId,
        sender: 'clerk',
        client_id: null,
        text: 'Hello',
        at: Date.now(),
      })
      .execute()
    expect((await cancel(id, token)).statusCode).toBe(200)
    expect(await clerkState()).toBe('wrap-up')
    // What was said is kept.
    expect(await t.db.selectFrom('chat_messages').select('id').execute()).toHaveLength(1)
  })

  it('keeps a clerk busy with another ticket busy', async () => {
    const { id, token } = await calledTicket()
    const other = await t.call({
      method: 'POST',
      url: '/api/tickets',
      payload: { hallId: 'test-hall', departmentId: 'social-security' },
    })
    await serveTicket(t.db, other.json().ticket.id, clerk, { startedAt: Date.now() })
    expect((await cancel(id, token)).statusCode).toBe(200)
    expect(await clerkState()).toBe('busy')
  })

  it('a waiting ticket ends no call and leaves clerks alone', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/tickets',
      payload: { hallId: 'test-hall', departmentId: 'social-security' },
    })
    const { ticket, token } = res.json() as { ticket: { id: string }; token: string }
    expect((await cancel(ticket.id, token)).json().ticket).toMatchObject({ status: 'cancelled' })
    expect(await clerkState()).toBe('busy')
  })
})
