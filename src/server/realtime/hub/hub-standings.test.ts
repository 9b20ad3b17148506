import { afterEach, describe, expect, it } from 'vitest'
import { topics } from '../bus'
import type { QueueStandingsMessage } from '../queue-standings'
import { startHubServer, settle, TestClient, type HubServer } from './testing/hub-kit'

const TOKEN = 'holder-secret-0123456789'
const TOPIC = topics.standings('test-hall', 'social-security')

/** Standings with `ids` waiting in that order, 4-minute services, `clerks` on duty. */
function standings(ids: string[], clerks = 2, called: QueueStandingsMessage['called'] = []) {
  return {
    type: 'queue.standings',
    hallId: 'test-hall',
    departmentId: 'social-security',
    waiting: ids.map((id) => [id, `A${id.slice(-3).padStart(3, '0')}`]),
    rate: { kind: 'estimate', serviceMs: 240_000, basis: 'history', samples: 5, clerks },
    called,
  } satisfies QueueStandingsMessage
}

let server: HubServer
afterEach(async () => {
  await server.app.close()
  expect(server.bus.topicCount).toBe(0)
  await server.bus.close()
})

async function watcher(id: string) {
  server.world.addTicket(id, TOKEN)
  const client = await TestClient.connect(server.url)
  client.send({ type: 'ticket.watch', ticketId: id, token: TOKEN })
  await client.next('ticket.update')
  return client
}

describe('ticket.watch over the department standings', () => {
  it('gives each holder its own position and wait from one message for the department', async () => {
    server = await startHubServer()
    const [a, b, c] = await Promise.all(['t101', 't102', 't103'].map(watcher))
    expect(server.bus.subscriberCount(TOPIC)).toBe(3)
    await server.bus.publish(TOPIC, standings(['t103', 't101', 't102']))
    expect(await a!.next('ticket.update')).toEqual({
      type: 'ticket.update',
      ticketId: 't101',
      number: 'A101',
      departmentId: 'social-security',
      status: 'waiting',
      position: 2,
      // One 4-minute service ahead, two clerks.
      wait: { kind: 'estimate', waitMs: 120_000, basis: 'history' },
      counterNumber: null,
      callId: null,
      counterId: null,
    })
    expect(await b!.next('ticket.update')).toMatchObject({ position: 3, wait: { waitMs: 240_000 } })
    expect(await c!.next('ticket.update')).toMatchObject({ position: 1, wait: { waitMs: 0 } })
    await Promise.all([a, b, c].map((k) => k!.close()))
  })

  it('sends nothing when the holder’s entry did not change, and the called view when called', async () => {
    server = await startHubServer()
    const a = await watcher('t201')
    await server.bus.publish(TOPIC, standings(['t200', 't201']))
    expect((await a.next('ticket.update')).position).toBe(2)
    // Someone joins at the back: t201's position and wait are the same, so it hears nothing.
    await server.bus.publish(TOPIC, standings(['t200', 't201', 't202']))
    await a.sync()
    expect(a.all('ticket.update')).toEqual([])
    // A clerk goes away: same position, longer wait.
    await server.bus.publish(TOPIC, standings(['t200', 't201', 't202'], 1))
    expect((await a.next('ticket.update')).wait).toMatchObject({ waitMs: 240_000 })
    const called = { ...server.world.tickets.get('t201')!.view, status: 'called' as const, position: null }
    await server.bus.publish(TOPIC, standings(['t202'], 1, [{ ...called, wait: null, callId: 'c1' }]))
    expect(await a.next('ticket.update')).toMatchObject({ status: 'called', callId: 'c1' })
    await a.close()
  })

  it('ignores standings once its own topic said the ticket ended (an older read cannot revive it)', async () => {
    server = await startHubServer()
    const a = await watcher('t301')
    const view = server.world.tickets.get('t301')!.view
    await server.bus.publish(topics.ticket('t301'), { ...view, status: 'cancelled', position: null })
    expect((await a.next('ticket.update')).status).toBe('cancelled')
    await server.bus.publish(TOPIC, standings(['t300', 't301']))
    await a.sync()
    expect(a.all('ticket.update')).toEqual([])
    await a.close()
  })

  it('drops both subscriptions on unwatch and on close', async () => {
    server = await startHubServer()
    const a = await watcher('t401')
    const b = await watcher('t402')
    a.send({ type: 'ticket.unwatch', ticketId: 't401' })
    await a.sync()
    expect(server.bus.subscriberCount(TOPIC)).toBe(1)
    expect(server.bus.subscriberCount(topics.ticket('t401'))).toBe(0)
    await server.bus.publish(TOPIC, standings(['t402', 't401']))
    await settle()
    expect(a.all('ticket.update')).toEqual([])
    await b.close()
    await settle()
    expect(server.bus.subscriberCount(TOPIC)).toBe(0)
    await a.close()
  })
})
