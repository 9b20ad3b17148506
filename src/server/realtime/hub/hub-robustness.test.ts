import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { MAX_MESSAGE_BYTES } from '../../../shared/protocol'
import { HARD_MAX_FRAME_BYTES } from '../../routes/ws'
import { startHubServer, settle, TestClient, type HubServer } from './testing/hub-kit'

let server: HubServer
afterEach(async () => {
  await server.app.close()
  // Closing the app releases every subscription the sockets held.
  expect(server.bus.topicCount).toBe(0)
  await server.bus.close()
})

describe('the WebSocket upgrade', () => {
  it('refuses a page of another site (403) and accepts our own origin and non-browser clients', async () => {
    server = await startHubServer()
    await expect(TestClient.connect(server.url, { origin: 'https://evil.example' })).rejects.toThrow(
      'refused 403',
    )
    await expect(
      TestClient.connect(server.url, { origin: `http://127.0.0.1:${server.port + 1}` }),
    ).rejects.toThrow('refused 403')
    const own = await TestClient.connect(server.url, { origin: `http://127.0.0.1:${server.port}` })
    const bare = await TestClient.connect(server.url)
    await own.sync()
    await bare.sync()
    await Promise.all([own.close(), bare.close()])
  })
})

describe('a plain GET', () => {
  it('answers 426 with a JSON error, and still refuses a foreign origin first', async () => {
    server = await startHubServer()
    const plain = await server.app.inject({ method: 'GET', url: '/api/ws' })
    expect(plain.statusCode).toBe(426)
    expect(plain.json()).toEqual({ error: { code: 'bad_request', message: expect.any(String) } })
    const foreign = await server.app.inject({
      method: 'GET',
      url: '/api/ws',
      headers: { origin: 'https://evil.example' },
    })
    expect(foreign.statusCode).toBe(403)
  })
})

describe('bad messages', () => {
  it('answers each with the right error code, keeps the socket open, and keeps serving others', async () => {
    server = await startHubServer()
    const bad = await TestClient.connect(server.url)
    const other = await TestClient.connect(server.url)
    const cases: [string | Buffer, string][] = [
      ['{not json', 'malformed'],
      [Buffer.from([0xff, 0xfe, 0x00]), 'malformed'],
      ['x'.repeat(MAX_MESSAGE_BYTES + 1), 'too_large'],
      [JSON.stringify({ type: 'teleport' }), 'unknown_type'],
      [JSON.stringify({ type: 'ticket.watch', ticketId: 'has spaces' }), 'invalid'],
      [JSON.stringify({ type: 'ping', nonce: 'n', extra: 1 }), 'invalid'],
      [JSON.stringify([1, 2]), 'invalid'],
      ['['.repeat(20_000), 'malformed'],
      ['['.repeat(20_000) + ']'.repeat(20_000), 'invalid'],
    ]
    for (const [raw, code] of cases) {
      bad.socket.send(raw)
      const error = await bad.next('error')
      expect(error.code, String(raw).slice(0, 40)).toBe(code)
      expect(bad.socket.readyState).toBe(WebSocket.OPEN)
    }
    await bad.sync()
    await other.sync()
    await Promise.all([bad.close(), other.close()])
  })

  it('cuts off a frame over the hard limit (1009) without buffering it; others go on', async () => {
    server = await startHubServer()
    const huge = await TestClient.connect(server.url)
    const other = await TestClient.connect(server.url)
    huge.socket.send('x'.repeat(HARD_MAX_FRAME_BYTES + 1))
    await new Promise((r) => huge.socket.once('close', r))
    expect(huge.closeCode).toBe(1009)
    await other.sync()
    await other.close()
  })

  it('answers `internal` when a dependency fails, and carries on', async () => {
    server = await startHubServer()
    server.world.boards.set('city-centre', {
      type: 'board.update',
      hallId: 'city-centre',
      departmentId: null,
      called: [],
      waiting: [],
    })
    server.world.failNextBoardRead = true
    const client = await TestClient.connect(server.url)
    client.send({ type: 'board.subscribe', hallId: 'city-centre' })
    expect((await client.next('error')).code).toBe('internal')
    client.send({ type: 'board.subscribe', hallId: 'city-centre' })
    expect((await client.next('board.update')).hallId).toBe('city-centre')
    await client.close()
  })
})

describe('rate limit', () => {
  it('refuses messages past the burst with one rate_limited error, and lets the client go on later', async () => {
    server = await startHubServer({ rateBurst: 5, ratePerSecond: 20 })
    const client = await TestClient.connect(server.url)
    for (let i = 0; i < 20; i++) client.send({ type: 'ping', nonce: `n${i}` })
    await settle(100)
    const pongs = client.all('pong').map((p) => p.nonce)
    expect(pongs.slice(0, 5)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4'])
    expect(pongs.length).toBeLessThan(10)
    expect(client.all('error').map((e) => e.code)).toEqual(['rate_limited'])
    await settle(300)
    client.received.length = 0
    await client.sync()
    await client.close()
  })

  it('limits each connection on its own', async () => {
    server = await startHubServer({ rateBurst: 3, ratePerSecond: 1 })
    const noisy = await TestClient.connect(server.url)
    const quiet = await TestClient.connect(server.url)
    for (let i = 0; i < 10; i++) noisy.send({ type: 'ping' })
    expect((await noisy.next('error')).code).toBe('rate_limited')
    await quiet.sync()
    await Promise.all([noisy.close(), quiet.close()])
  })
})

describe('heartbeat', () => {
  it('closes a socket that stops answering pings, and keeps one that answers', async () => {
    server = await startHubServer({ heartbeatMs: 60 })
    const dead = await TestClient.connect(server.url, { autoPong: false })
    const live = await TestClient.connect(server.url)
    await new Promise((r) => dead.socket.once('close', r))
    expect(dead.closeCode).toBe(1006)
    expect(live.socket.readyState).toBe(WebSocket.OPEN)
    await live.sync()
    await live.close()
  })
})

describe('shutdown', () => {
  it('closes every socket with 1001 and leaves no bus subscription behind', async () => {
    server = await startHubServer()
    server.world.addTicket('t1', 'token-0123456789abcdef')
    server.world.calls.set('c1', { ticketId: 't1', clerkId: 'k1' })
    server.world.boards.set('city-centre', {
      type: 'board.update',
      hallId: 'city-centre',
      departmentId: null,
      called: [],
      waiting: [],
    })
    const clients = await Promise.all([1, 2, 3].map(() => TestClient.connect(server.url)))
    for (const client of clients) {
      client.send({ type: 'ticket.watch', ticketId: 't1', token: 'token-0123456789abcdef' })
      client.send({ type: 'board.subscribe', hallId: 'city-centre' })
      client.send({ type: 'call.join', callId: 'c1', token: 'token-0123456789abcdef' })
      await client.next('call.joined')
    }
    // The ticket, its department's standings, the board, the call.
    expect(server.bus.topicCount).toBe(4)
    const closed = clients.map((c) => new Promise((r) => c.socket.once('close', r)))
    await server.app.close()
    await Promise.all(closed)
    expect(clients.map((c) => c.closeCode)).toEqual([1001, 1001, 1001])
    expect(server.bus.topicCount).toBe(0)
  })
})
