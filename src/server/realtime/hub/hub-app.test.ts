import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hashPassword } from '../../clerks/password'
import type { MemoryBus } from '../memory-bus'
import { TestClient } from './testing/hub-kit'
import type { ServerMessage } from '../../../shared/protocol'
import { addClerk } from '../../clerks/testing/clerk-accounts'
import { buildTestApp, type TestApp } from '../../testing/test-app'

// The hub as the app registers it, over the real queue, identity, clerk and call modules.
let t: TestApp
let url: string
beforeEach(async () => {
  t = await buildTestApp({ records: true, language: 'en' })
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  url = `ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/ws`
})
afterEach(async () => {
  const bus = t.app.bus as MemoryBus<ServerMessage>
  await t.app.close()
  expect(bus.topicCount).toBe(0)
  await t.close()
})

/** A clerk of social-security signed in: the cookie and the CSRF token. */
async function signIn(): Promise<{ cookie: string; csrfToken: string }> {
  const clerkId = await addClerk(t.db, { departments: ['social-security'] })
  await t.db
    .updateTable('clerks')
    .set({ password_hash: await hashPassword('a-clerk-password') })
    .where('id', '=', clerkId)
    .execute()
  const login = await t.call({
    method: 'POST',
    url: '/api/clerk/login',
    payload: { username: clerkId, password: 'a-clerk-password' },
  })
  expect(login.statusCode).toBe(200)
  return {
    cookie: login.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
    csrfToken: login.json<{ csrfToken: string }>().csrfToken,
  }
}

async function takeTicket(): Promise<{ id: string; token: string }> {
  const response = await t.call({
    method: 'POST',
    url: '/api/tickets',
    payload: { hallId: 'test-hall', departmentId: 'social-security' },
  })
  expect(response.statusCode).toBe(201)
  const body = response.json<{ ticket: { id: string }; token: string }>()
  return { id: body.ticket.id, token: body.token }
}

describe('the hub over the real queue', () => {
  it('a holder watches their ticket with its token and sees the queue move; a wrong token is refused', async () => {
    await addClerk(t.db, { departments: ['social-security'] })
    const first = await takeTicket()
    const second = await takeTicket()
    const holder = await TestClient.connect(url)
    holder.send({ type: 'ticket.watch', ticketId: second.id, token: first.token })
    expect((await holder.next('error')).code).toBe('forbidden')
    holder.send({ type: 'ticket.watch', ticketId: second.id, token: second.token })
    const now = await holder.next('ticket.update')
    expect([now.ticketId, now.status, now.position]).toEqual([second.id, 'waiting', 2])

    const cancel = await t.call({
      method: 'POST',
      url: `/api/tickets/${first.id}/cancel`,
      headers: { 'x-onehall-ticket': first.token },
    })
    expect(cancel.statusCode).toBe(200)
    expect((await holder.next('ticket.update', (u) => u.position === 1)).ticketId).toBe(second.id)
    await holder.close()
  })

  it('boards: the hall at once and live; an unknown hall is not_found', async () => {
    await addClerk(t.db, { departments: ['social-security'] })
    const client = await TestClient.connect(url)
    client.send({ type: 'board.subscribe', hallId: 'no-such-hall' })
    expect((await client.next('error')).code).toBe('not_found')
    client.send({ type: 'board.subscribe', hallId: 'test-hall' })
    const count = (b: { waiting: { departmentId: string; count: number }[] }) =>
      b.waiting.find((w) => w.departmentId === 'social-security')?.count
    expect(count(await client.next('board.update'))).toBe(0)
    await takeTicket()
    expect(count(await client.next('board.update', (b) => count(b) === 1))).toBe(1)
    await client.close()
  })

  it('a signed-in clerk follows their department queue; a citizen may not', async () => {
    const { cookie } = await signIn()
    const clerk = await TestClient.connect(url, { headers: { cookie } })
    const citizen = await TestClient.connect(url)
    citizen.send({ type: 'queue.subscribe', hallId: 'test-hall', departmentIds: ['social-security'] })
    expect((await citizen.next('error')).code).toBe('unauthorized')
    clerk.send({ type: 'queue.subscribe', hallId: 'test-hall', departmentIds: ['tax'] })
    expect((await clerk.next('error')).code).toBe('forbidden')
    clerk.send({ type: 'queue.subscribe', hallId: 'test-hall', departmentIds: ['social-security'] })
    expect((await clerk.next('queue.update')).waiting).toEqual([])
    const ticket = await takeTicket()
    const live = await clerk.next('queue.update', (q) => q.waiting.length === 1)
    expect(live.waiting[0]?.ticketId).toBe(ticket.id)
    await Promise.all([clerk.close(), citizen.close()])
  })

  it('a call: the holder and the clerk who called the ticket are let in, anyone else refused; chat stored once', async () => {
    const { cookie, csrfToken } = await signIn()
    const ticket = await takeTicket()
    const other = await takeTicket()
    const next = await t.call({
      method: 'POST',
      url: '/api/clerk/call-next',
      headers: { cookie, 'x-onehall-clerk-csrf': csrfToken },
    })
    expect(next.statusCode).toBe(200)
    const { callId } = next.json<{ callId: string }>()
    const citizen = await TestClient.connect(url)
    const clerk = await TestClient.connect(url, { headers: { cookie } })
    const outsider = await TestClient.connect(url)
    outsider.send({ type: 'call.join', callId, token: other.token })
    expect((await outsider.next('error')).code).toBe('forbidden')
    citizen.send({ type: 'call.join', callId, token: ticket.token })
    expect((await citizen.next('call.joined')).role).toBe('citizen')
    clerk.send({ type: 'call.join', callId })
    expect(await clerk.next('call.joined')).toEqual({
      type: 'call.joined',
      callId,
      role: 'clerk',
      iceServers: [],
    })
    await citizen.next('call.event', (e) => e.event === 'peer-joined')
    await clerk.next('call.event', (e) => e.event === 'peer-joined')
    clerk.send({ type: 'signal.offer', callId, sdp: 'v=0' })
    expect((await citizen.next('signal.offer')).from).toBe('clerk')
    citizen.send({ type: 'chat.send', callId, text: 'hello', clientId: 'c-1' })
    citizen.send({ type: 'chat.send', callId, text: 'hello', clientId: 'c-1' })
    expect((await clerk.next('chat.message')).text).toBe('hello')
    await citizen.sync()
    const rows = await t.db.selectFrom('chat_messages').selectAll().where('call_id', '=', callId).execute()
    expect(rows.map((r) => [r.sender, r.text])).toEqual([['citizen', 'hello']])
    await Promise.all([citizen.close(), clerk.close(), outsider.close()])
  })
})
