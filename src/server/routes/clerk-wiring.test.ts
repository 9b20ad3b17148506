import { describe, expect, it } from 'vitest'
import type { ServerMessage } from '../../shared/protocol'
import { topics } from '../realtime/bus'
import { createMemoryBus } from '../realtime/memory-bus'
import { addClerk, TEST_PASSWORD } from '../clerks/testing/clerk-accounts'
import { insertTicket } from '../queue/testing/queue-rows'
import { buildTestApp } from '../testing/test-app'

describe('the clerk API in the real app', () => {
  it('is served under /api and tells the bus: queue updates after call-next, call.event ended after end', async () => {
    const bus = createMemoryBus<ServerMessage>()
    const real = await buildTestApp({ bus })
    try {
      expect((await real.app.inject({ method: 'GET', url: '/api/clerk/me' })).statusCode).toBe(401)
      await addClerk(real.db, {
        username: 'wired',
        departments: ['social-security'],
        counterId: 'counter-01',
        state: 'away',
        password: TEST_PASSWORD,
      })
      const ticket = await insertTicket(real)
      const seen: ServerMessage[] = []
      bus.subscribe(topics.queue('test-hall', 'social-security'), (m) => void seen.push(m))
      bus.subscribe(topics.ticket(ticket.id), (m) => void seen.push(m))

      const login = await real.app.inject({
        method: 'POST',
        url: '/api/clerk/login',
        headers: { 'x-onehall-csrf': '1' },
        payload: { username: 'wired', password: TEST_PASSWORD },
      })
      expect(login.statusCode).toBe(200)
      const headers = {
        'x-onehall-csrf': '1',
        'x-onehall-clerk-csrf': login.json().csrfToken as string,
        cookie: `onehall_clerk=${login.cookies.find((c) => c.name === 'onehall_clerk')!.value}`,
      }
      const next = await real.app.inject({ method: 'POST', url: '/api/clerk/call-next', headers })
      expect(next.statusCode).toBe(200)
      const callId = next.json().callId as string
      bus.subscribe(topics.call(callId), (m) => void seen.push(m))

      await expect
        .poll(() => seen.find((m) => m.type === 'ticket.update' && m.status === 'called'))
        .toBeTruthy()
      await expect
        .poll(() => seen.find((m) => m.type === 'queue.update' && m.waiting.length === 0))
        .toBeTruthy()

      const end = await real.app.inject({ method: 'POST', url: `/api/clerk/calls/${callId}/end`, headers })
      expect(end.statusCode).toBe(200)
      await expect
        .poll(() => seen.find((m) => m.type === 'call.event' && m.event === 'ended' && m.callId === callId))
        .toBeTruthy()
    } finally {
      await real.close()
      await bus.close()
    }
  })
})
