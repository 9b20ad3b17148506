import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseServerMessage, type ServerMessage } from '../../shared/protocol'
import { serviceDay } from '../../shared/queue'
import { topics } from '../realtime/bus'
import { createMemoryBus, type MemoryBus } from '../realtime/memory-bus'
import { ticketUpdateFromStandings, type HubBusMessage } from '../realtime/queue-standings'
import { QUEUE_UPDATE_LINES } from './board'
import { QueueNotifier, sharedQueueNotifier } from './queue-notifier'
import { readTicketView, ticketUpdate } from './ticket-view'
import { addClerk } from '../clerks/testing/clerk-accounts'
import { serveTicket } from './testing/queue-rows'
import { buildTestApp, type TestApp } from '../testing/test-app'

let bus: MemoryBus<ServerMessage>
let t: TestApp
let received: { topic: string; message: ServerMessage }[]

/** Records every message on the topics of interest. */
function listen(...topicNames: string[]) {
  for (const topic of topicNames)
    bus.subscribe(topic, (message) => {
      if ((message as HubBusMessage).type === 'queue.standings') throw new Error(`standings on ${topic}`)
      received.push({ topic, message })
    })
}

/**
 * Records, as the hub's ticket watchers do, each ticket's `ticket.update` picked from its department's
 * standings (under the ticket's topic name, so tests read them like the ticket's own updates).
 */
function watch(departmentId: string, ...ticketIds: string[]) {
  // The app's bus is typed for the protocol's messages; the notifier also publishes standings on it.
  bus.subscribe(topics.standings('test-hall', departmentId), (delivered) => {
    const message = delivered as HubBusMessage
    if (message.type !== 'queue.standings') throw new Error(`${message.type} on a standings topic`)
    for (const id of ticketIds) {
      const update = ticketUpdateFromStandings(message, id)
      if (update) received.push({ topic: topics.ticket(id), message: update })
    }
  })
}

beforeEach(async () => {
  bus = createMemoryBus<ServerMessage>({
    onHandlerError: (error) => {
      throw error
    },
  })
  t = await buildTestApp({ records: true, language: 'en', bus })
  received = []
  await addClerk(t.db, { departments: ['social-security', 'tax'] })
})
afterEach(async () => {
  // Whatever was published must be a valid protocol message a browser accepts.
  for (const { message } of received)
    expect(parseServerMessage(JSON.stringify(message))).toMatchObject({ ok: true })
  await t.close()
  await bus.close()
})

async function take(departmentId = 'social-security', flags: string[] = []) {
  const res = await t.call({
    method: 'POST',
    url: '/api/tickets',
    payload: { hallId: 'test-hall', departmentId, flags },
  })
  if (res.statusCode !== 201) throw new Error(res.body)
  return res.json().ticket as { id: string; number: string }
}

// The routes use the shared notifier of the app's bus; so do these tests.
const notifier = () => sharedQueueNotifier(t.db, t.scenes, bus)
const settle = () => notifier().idle()

describe('QueueNotifier', () => {
  it('uses the bus passed to the app', () => {
    expect(t.app.bus).toBe(bus)
    expect(notifier()).toBeInstanceOf(QueueNotifier)
  })

  it('lists at most the head of a long queue in queue.update, within the message size limit', async () => {
    const now = Date.now()
    const rows = Array.from({ length: 600 }, (_, i) => ({
      id: `bulk-${i}`,
      hall_id: 'test-hall',
      department_id: 'tax',
      service_id: null,
      number: `B${String(i + 1).padStart(3, '0')}`,
      sequence: i + 1,
      service_day: serviceDay(now),
      status: 'waiting',
      flags: '["disabled"]',
      holder_token_hash: 'x',
      citizen_id: null,
      resume_code: null,
      application_reference: null,
      language: 'zh',
      clerk_id: null,
      counter_id: null,
      issued_at: now - 600_000 + i,
      called_at: null,
      started_at: null,
      ended_at: null,
    }))
    await t.db.insertInto('tickets').values(rows).execute()
    listen(topics.queue('test-hall', 'tax'))
    watch('tax', 'bulk-599')
    notifier().departmentChanged('test-hall', 'tax')
    await settle()
    const queue = received.find((r) => r.message.type === 'queue.update')!.message as { waiting: unknown[] }
    expect(queue.waiting).toHaveLength(QUEUE_UPDATE_LINES)
    expect(queue.waiting[0]).toMatchObject({ ticketId: 'bulk-0', position: 1 })
    expect(received.find((r) => r.topic === topics.ticket('bulk-599'))?.message).toMatchObject({
      position: 600,
    })
  })

  it('publishes new positions to the other waiting tickets, the queue and the board when a ticket is taken', async () => {
    const a = await take()
    const b = await take()
    const taxTicket = await take('tax')
    await settle()
    listen(topics.queue('test-hall', 'social-security'), topics.board('test-hall'))
    watch('social-security', a.id, b.id, taxTicket.id)
    watch('tax', taxTicket.id)
    const elderly = await take('social-security', ['elderly'])
    await settle()

    const updates = received.filter((r) => r.message.type === 'ticket.update')
    expect(updates.map((u) => [u.topic, u.message])).toEqual(
      expect.arrayContaining([
        [topics.ticket(a.id), expect.objectContaining({ ticketId: a.id, number: 'A001', position: 2 })],
        [topics.ticket(b.id), expect.objectContaining({ ticketId: b.id, number: 'A002', position: 3 })],
      ]),
    )
    // Another department's holders are not disturbed.
    expect(updates.some((u) => u.topic === topics.ticket(taxTicket.id))).toBe(false)
    const queue = received.find((r) => r.message.type === 'queue.update')?.message
    expect(queue).toMatchObject({
      hallId: 'test-hall',
      departmentId: 'social-security',
      waiting: [
        { ticketId: elderly.id, position: 1, flags: ['elderly'] },
        { ticketId: a.id, position: 2 },
        { ticketId: b.id, position: 3 },
      ],
    })
    const board = received.find((r) => r.message.type === 'board.update')?.message
    expect(board).toMatchObject({
      hallId: 'test-hall',
      waiting: [
        { departmentId: 'social-security', count: 3 },
        { departmentId: 'tax', count: 1 },
      ],
    })
  })

  it('gives each holder, through the standings, exactly the update a fresh read of its ticket gives', async () => {
    const tickets = [await take(), await take(), await take('social-security', ['elderly'])]
    await settle()
    watch('social-security', ...tickets.map((k) => k.id))
    notifier().departmentChanged('test-hall', 'social-security')
    await settle()
    expect(received).toHaveLength(3)
    for (const { topic, message } of received) {
      const id = tickets.find((k) => topics.ticket(k.id) === topic)!.id
      const view = await readTicketView(t.db, t.scenes, id)
      // Same fields, same order: the hub's "unchanged, not sent again" compares the JSON text.
      expect(JSON.stringify(message)).toBe(JSON.stringify(ticketUpdate(view!)))
    }
    expect(received.map((r) => (r.message as { position: number }).position).sort()).toEqual([1, 2, 3])
  })

  it('tells a called ticket its counter and call, and puts the number on the board', async () => {
    const a = await take()
    const b = await take()
    await settle()
    listen(topics.board('test-hall'))
    watch('social-security', a.id, b.id)
    const clerk = await addClerk(t.db, { departments: ['social-security'], counterId: 'counter-02' })
    const callId = await serveTicket(t.db, a.id, clerk, { counterId: 'counter-02' })
    notifier().departmentChanged('test-hall', 'social-security')
    await settle()
    const byTopic = (topic: string) => received.filter((r) => r.topic === topic).map((r) => r.message)
    expect(byTopic(topics.ticket(a.id))).toEqual([
      expect.objectContaining({
        status: 'called',
        position: null,
        counterId: 'counter-02',
        counterNumber: '02',
        callId,
      }),
    ])
    expect(byTopic(topics.ticket(b.id))).toEqual([
      expect.objectContaining({ status: 'waiting', position: 1 }),
    ])
    expect(byTopic(topics.board('test-hall'))).toEqual([
      expect.objectContaining({
        called: [expect.objectContaining({ number: 'A001', counterId: 'counter-02', counterNumber: '02' })],
      }),
    ])
  })

  it('publishes a cancelled ticket to its own holder', async () => {
    const a = await take()
    await settle()
    listen(topics.ticket(a.id))
    await t.db.updateTable('tickets').set({ status: 'cancelled' }).execute()
    notifier().ticketChanged(a.id)
    await settle()
    expect(received.map((r) => r.message)).toEqual([
      expect.objectContaining({ type: 'ticket.update', ticketId: a.id, status: 'cancelled', position: null }),
    ])
  })

  it('coalesces a burst of 1,000 changes into a few recomputes that end with the final positions', async () => {
    const tickets: { id: string; number: string }[] = []
    for (let i = 0; i < 5; i++) tickets.push(await take())
    await settle()
    listen(topics.board('test-hall'), topics.queue('test-hall', 'social-security'))
    watch('social-security', ...tickets.map((k) => k.id))
    const n = notifier()
    for (let i = 0; i < 1000; i++) {
      n.departmentChanged('test-hall', 'social-security')
      // Halfway through the first ticket leaves: the last round must show it.
      if (i === 500)
        await t.db
          .updateTable('tickets')
          .set({ status: 'cancelled' })
          .where('id', '=', tickets[0]!.id)
          .execute()
    }
    await settle()
    const boards = received.filter((r) => r.message.type === 'board.update')
    const queues = received.filter((r) => r.message.type === 'queue.update')
    expect(boards.length).toBeGreaterThanOrEqual(1)
    expect(boards.length).toBeLessThanOrEqual(2)
    expect(queues.length).toBeLessThanOrEqual(2)
    const lastFor = (id: string) => received.filter((r) => r.topic === topics.ticket(id)).at(-1)?.message
    expect(tickets.slice(1).map((k) => (lastFor(k.id) as { position: number }).position)).toEqual([
      1, 2, 3, 4,
    ])
    expect(received.filter((r) => r.topic === topics.ticket(tickets[1]!.id)).length).toBeLessThanOrEqual(2)
  })

  it('spaces recomputes of one department by the interval', async () => {
    const spaced = new QueueNotifier(t.db, t.scenes, bus, { intervalMs: 200 })
    await take()
    await settle()
    const times: number[] = []
    bus.subscribe(topics.queue('test-hall', 'social-security'), () => void times.push(Date.now()))
    spaced.departmentChanged('test-hall', 'social-security')
    await new Promise((resolve) => setTimeout(resolve, 20))
    spaced.departmentChanged('test-hall', 'social-security')
    await spaced.idle()
    await new Promise((resolve) => setTimeout(resolve, 10))
    await spaced.close()
    expect(times).toHaveLength(2)
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(190)
  })
})
