import { afterEach, describe, expect, it } from 'vitest'
import { topics } from '../bus'
import { startHubServer, settle, TestClient, type HubServer } from './testing/hub-kit'

const TOKEN = 'holder-secret-0123456789'
const board = (called: string[]) => ({
  type: 'board.update' as const,
  hallId: 'city-centre',
  departmentId: null,
  called: called.map((number, i) => ({
    number,
    departmentId: number.startsWith('A') ? 'social-security' : 'tax',
    counterId: 'w1',
    counterNumber: '01',
    calledAt: 1000 + i,
  })),
  waiting: [
    { departmentId: 'social-security', count: 4 },
    { departmentId: 'tax', count: 1 },
  ],
})

let server: HubServer
afterEach(async () => {
  await server.app.close()
  expect(server.bus.topicCount).toBe(0)
  await server.bus.close()
})

describe('ticket.watch', () => {
  it('refuses a wrong token and a missing ticket alike, and subscribes nothing', async () => {
    server = await startHubServer()
    server.world.addTicket('t1', TOKEN)
    const client = await TestClient.connect(server.url)
    client.send({ type: 'ticket.watch', ticketId: 't1', token: 'not-the-right-token-at-all' })
    expect((await client.next('error')).code).toBe('forbidden')
    client.send({ type: 'ticket.watch', ticketId: 'nope', token: TOKEN })
    expect((await client.next('error')).code).toBe('forbidden')
    client.send({ type: 'ticket.watch', ticketId: 't1' })
    expect((await client.next('error')).code).toBe('unauthorized')
    expect(server.bus.subscriberCount(topics.ticket('t1'))).toBe(0)
    expect(client.all('ticket.update')).toEqual([])
    await client.close()
  })

  it('with the right token: the ticket at once, then each update published on the bus', async () => {
    server = await startHubServer()
    const view = server.world.addTicket('t1', TOKEN, null, 3)
    const holder = await TestClient.connect(server.url)
    const stranger = await TestClient.connect(server.url)
    holder.send({ type: 'ticket.watch', ticketId: 't1', token: TOKEN })
    expect(await holder.next('ticket.update')).toEqual(view)
    await server.bus.publish(topics.ticket('t1'), { ...view, position: 2 })
    await server.bus.publish(topics.ticket('t1'), {
      ...view,
      status: 'called',
      position: null,
      counterNumber: '05',
    })
    expect((await holder.next('ticket.update')).position).toBe(2)
    expect((await holder.next('ticket.update')).counterNumber).toBe('05')
    await stranger.sync()
    expect(stranger.all('ticket.update')).toEqual([])
    holder.send({ type: 'ticket.unwatch', ticketId: 't1' })
    await holder.sync()
    expect(server.bus.subscriberCount(topics.ticket('t1'))).toBe(0)
    await Promise.all([holder.close(), stranger.close()])
  })

  it('lets the signed-in citizen who took the ticket watch it without a token, nobody else', async () => {
    server = await startHubServer()
    server.world.addTicket('t1', TOKEN, 'citizen-7')
    const owner = await TestClient.connect(server.url, { headers: { 'x-test-citizen': 'citizen-7' } })
    const other = await TestClient.connect(server.url, { headers: { 'x-test-citizen': 'citizen-8' } })
    owner.send({ type: 'ticket.watch', ticketId: 't1' })
    other.send({ type: 'ticket.watch', ticketId: 't1' })
    expect((await owner.next('ticket.update')).ticketId).toBe('t1')
    expect((await other.next('error')).code).toBe('unauthorized')
    await Promise.all([owner.close(), other.close()])
  })

  it('watching twice holds one subscription; closing the socket releases it', async () => {
    server = await startHubServer()
    server.world.addTicket('t1', TOKEN)
    const client = await TestClient.connect(server.url)
    client.send({ type: 'ticket.watch', ticketId: 't1', token: TOKEN })
    client.send({ type: 'ticket.watch', ticketId: 't1', token: TOKEN })
    await client.sync()
    expect(server.bus.subscriberCount(topics.ticket('t1'))).toBe(1)
    await client.close()
    await settle()
    expect(server.bus.subscriberCount(topics.ticket('t1'))).toBe(0)
  })

  it('refuses subscriptions past the per-connection maximum', async () => {
    server = await startHubServer({ maxSubscriptions: 2 })
    for (const id of ['t1', 't2', 't3']) server.world.addTicket(id, TOKEN)
    const client = await TestClient.connect(server.url)
    for (const id of ['t1', 't2', 't3']) client.send({ type: 'ticket.watch', ticketId: id, token: TOKEN })
    expect((await client.next('error')).code).toBe('rate_limited')
    expect(server.bus.topicCount).toBe(2)
    await client.close()
  })
})

describe('board.subscribe', () => {
  it('sends the board at once and then live; a department filter narrows it', async () => {
    server = await startHubServer()
    server.world.boards.set('city-centre', board(['A001']))
    const all = await TestClient.connect(server.url)
    const tax = await TestClient.connect(server.url)
    all.send({ type: 'board.subscribe', hallId: 'city-centre' })
    tax.send({ type: 'board.subscribe', hallId: 'city-centre', departmentId: 'tax' })
    expect((await all.next('board.update')).called.map((c) => c.number)).toEqual(['A001'])
    const first = await tax.next('board.update')
    expect([first.departmentId, first.called, first.waiting]).toEqual([
      'tax',
      [],
      [{ departmentId: 'tax', count: 1 }],
    ])
    await server.bus.publish(topics.board('city-centre'), board(['B001', 'A001']))
    expect((await all.next('board.update')).called.map((c) => c.number)).toEqual(['B001', 'A001'])
    expect((await tax.next('board.update')).called.map((c) => c.number)).toEqual(['B001'])
    await Promise.all([all.close(), tax.close()])
  })

  it('answers not_found for an unknown hall and holds no subscription', async () => {
    server = await startHubServer()
    const client = await TestClient.connect(server.url)
    client.send({ type: 'board.subscribe', hallId: 'no-such-hall' })
    expect((await client.next('error')).code).toBe('not_found')
    expect(server.bus.topicCount).toBe(0)
    await client.close()
  })
})

describe('queue.subscribe', () => {
  it('is for a signed-in clerk of those departments only', async () => {
    server = await startHubServer()
    server.world.clerks.set('k1', {
      id: 'k1',
      hallId: 'city-centre',
      departments: ['tax'],
      isSupervisor: false,
    })
    server.world.clerks.set('boss', {
      id: 'boss',
      hallId: 'city-centre',
      departments: [],
      isSupervisor: true,
    })
    const citizen = await TestClient.connect(server.url)
    const clerk = await TestClient.connect(server.url, { headers: { 'x-test-clerk': 'k1' } })
    const supervisor = await TestClient.connect(server.url, { headers: { 'x-test-clerk': 'boss' } })

    citizen.send({ type: 'queue.subscribe', hallId: 'city-centre', departmentIds: ['tax'] })
    expect((await citizen.next('error')).code).toBe('unauthorized')
    clerk.send({ type: 'queue.subscribe', hallId: 'city-centre', departmentIds: ['tax', 'social-security'] })
    expect((await clerk.next('error')).code).toBe('forbidden')
    clerk.send({ type: 'queue.subscribe', hallId: 'other-hall', departmentIds: ['tax'] })
    expect((await clerk.next('error')).code).toBe('forbidden')
    expect(server.bus.topicCount).toBe(0)

    clerk.send({ type: 'queue.subscribe', hallId: 'city-centre', departmentIds: ['tax'] })
    expect((await clerk.next('queue.update')).departmentId).toBe('tax')
    supervisor.send({
      type: 'queue.subscribe',
      hallId: 'city-centre',
      departmentIds: ['tax', 'social-security'],
    })
    await supervisor.next('queue.update', (q) => q.departmentId === 'social-security')
    const waiting = [{ ticketId: 't9', number: 'B009', issuedAt: 5, position: 1, flags: [] }]
    await server.bus.publish(topics.queue('city-centre', 'tax'), {
      type: 'queue.update',
      hallId: 'city-centre',
      departmentId: 'tax',
      waiting,
    })
    expect((await clerk.next('queue.update')).waiting).toEqual(waiting)
    expect(
      (await supervisor.next('queue.update', (q) => q.departmentId === 'tax' && q.waiting.length > 0))
        .waiting,
    ).toEqual(waiting)
    clerk.send({ type: 'queue.unsubscribe', hallId: 'city-centre' })
    await clerk.sync()
    expect(server.bus.subscriberCount(topics.queue('city-centre', 'tax'))).toBe(1)
    await Promise.all([citizen.close(), clerk.close(), supervisor.close()])
  })
})
