import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hashPassword } from '../../clerks/password'
import { addClerk, buildQueueTestApp, type QueueTestApp } from '../../queue/test-queue-app'
import { wsRoutes } from '../../routes/ws'
import type { MemoryBus } from '../memory-bus'
import { appHubDeps } from './app-deps'
import { TestClient } from './hub-test-kit'
import { NO_ICE } from './ice-servers'
import type { ServerMessage } from '../../../shared/protocol'

// The hub over the real queue, identity and clerk modules (the calls module is not part of this test:
// its joins are covered over fakes in hub-call.test.ts).
let t: QueueTestApp
let url: string
beforeEach(async () => {
  t = await buildQueueTestApp()
  const refuse = async () => null
  await t.app.register(wsRoutes, {
    prefix: '/api',
    bus: t.app.bus,
    deps: appHubDeps(
      t.db,
      t.scenes,
      NO_ICE,
      { authorizeCallJoin: refuse, saveChatLine: () => Promise.reject(new Error('no calls here')) },
      t.app.log,
    ),
  })
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  url = `ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/ws`
})
afterEach(async () => {
  const bus = t.app.bus as MemoryBus<ServerMessage>
  await t.app.close()
  expect(bus.topicCount).toBe(0)
  await t.close()
})

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
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
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
})
