import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ClientMessage } from '../../shared/protocol'
import { reconnectDelay } from './backoff'
import { WsClient, defaultSocketUrl, type ConnectionState, type SocketLike } from './ws-client'

/** A WebSocket stand-in the test opens, closes and feeds by hand. */
class FakeSocket implements SocketLike {
  readyState = 0
  onopen: SocketLike['onopen'] = null
  onclose: SocketLike['onclose'] = null
  onerror: SocketLike['onerror'] = null
  onmessage: SocketLike['onmessage'] = null
  sent: ClientMessage[] = []
  closedWith: number | undefined
  constructor(readonly url: string) {}
  send(data: string) {
    if (this.readyState !== 1) throw new Error('send on a socket that is not open')
    this.sent.push(JSON.parse(data) as ClientMessage)
  }
  close(code?: number) {
    this.closedWith = code
    this.serverClose()
  }
  open() {
    this.readyState = 1
    this.onopen?.({})
  }
  serverClose() {
    if (this.readyState === 3) return
    this.readyState = 3
    this.onclose?.({})
  }
  receive(data: unknown) {
    this.onmessage?.({ data: typeof data === 'string' ? data : JSON.stringify(data) })
  }
}

const update = {
  type: 'ticket.update',
  ticketId: 't1',
  number: 'A001',
  departmentId: 'social-security',
  status: 'waiting',
  position: 2,
  wait: { kind: 'estimate', waitMs: 60_000, basis: 'default' },
  counterNumber: null,
  callId: null,
} as const

let sockets: FakeSocket[]
let client: WsClient
const last = () => sockets[sockets.length - 1]!

function make(options: ConstructorParameters<typeof WsClient>[0] = {}) {
  client = new WsClient({
    url: 'ws://hall.test/api/ws',
    createSocket: (url) => {
      const socket = new FakeSocket(url)
      sockets.push(socket)
      return socket
    },
    random: () => 0.5,
    ...options,
  })
  return client
}

beforeEach(() => {
  vi.useFakeTimers()
  sockets = []
})
afterEach(() => {
  client?.close()
  vi.useRealTimers()
})

describe('reconnectDelay', () => {
  it('doubles from the base, stays under the cap and spreads by the jitter', () => {
    const opts = { baseMs: 500, maxMs: 15_000, factor: 2, jitter: 0.5 }
    expect([0, 1, 2, 3].map((a) => reconnectDelay(a, 1, opts))).toEqual([500, 1000, 2000, 4000])
    expect(reconnectDelay(0, 0, opts)).toBe(250)
    expect(reconnectDelay(20, 1, opts)).toBe(15_000)
    expect(reconnectDelay(20, 0, opts)).toBe(7500)
    for (let i = 0; i < 50; i++) {
      const delay = reconnectDelay(3, Math.random(), opts)
      expect(delay).toBeGreaterThanOrEqual(2000)
      expect(delay).toBeLessThanOrEqual(4000)
    }
  })
})

describe('WsClient', () => {
  it('connects to /api/ws on this host, wss on https', () => {
    expect(defaultSocketUrl({ protocol: 'http:', host: '127.0.0.1:8080' })).toBe('ws://127.0.0.1:8080/api/ws')
    expect(defaultSocketUrl({ protocol: 'https:', host: 'hall.gov.cn' })).toBe('wss://hall.gov.cn/api/ws')
  })

  it('reports its state and delivers parsed messages by type', () => {
    make()
    const states: ConnectionState[] = []
    client.onState((s) => states.push(s))
    const updates: unknown[] = []
    const pongs: unknown[] = []
    client.on('ticket.update', (m) => updates.push(m))
    client.on('pong', (m) => pongs.push(m))
    expect(client.state).toBe('connecting')
    last().open()
    expect(states).toEqual(['open'])
    last().receive(update)
    expect(updates).toEqual([update])
    expect(pongs).toEqual([])
  })

  it('drops messages that fail the protocol instead of throwing', () => {
    make()
    last().open()
    const seen = vi.fn()
    client.on('ticket.update', seen)
    last().receive('{not json')
    last().receive({ ...update, position: -1 })
    last().receive({ type: 'made.up' })
    expect(seen).not.toHaveBeenCalled()
    expect(client.rejected).toBe(3)
  })

  it('reconnects with growing, jittered delays and re-sends every subscription', () => {
    make()
    last().open()
    const watch: ClientMessage = { type: 'ticket.watch', ticketId: 't1', token: 'x'.repeat(43) }
    const board: ClientMessage = { type: 'board.subscribe', hallId: 'city-centre' }
    client.subscribe('ticket:t1', watch)
    client.subscribe('board:city-centre', board)
    expect(last().sent).toEqual([watch, board])
    client.send({ type: 'ping', nonce: 'once' })

    // The server goes away: each failed attempt waits longer (random 0.5 → 75% of the ceiling).
    last().serverClose()
    expect(client.state).toBe('reconnecting')
    const delays: number[] = []
    for (let i = 0; i < 3; i++) {
      const before = sockets.length
      let waited = 0
      while (sockets.length === before) {
        vi.advanceTimersByTime(25)
        waited += 25
      }
      delays.push(waited)
      if (i < 2) last().serverClose()
    }
    expect(delays).toEqual([375, 750, 1500])

    // Back: subscriptions go out again, the one-off ping does not.
    last().open()
    expect(client.state).toBe('open')
    expect(last().sent).toEqual([watch, board])
    expect(client.opens).toBe(2)
  })

  it('starts the backoff over once a connection stayed up', () => {
    make({ stableAfterMs: 1000 })
    last().open()
    last().serverClose()
    vi.advanceTimersByTime(375)
    last().open()
    last().serverClose() // dropped at once: the next wait is longer
    vi.advanceTimersByTime(749)
    expect(sockets.length).toBe(2)
    vi.advanceTimersByTime(1)
    expect(sockets.length).toBe(3)
    last().open()
    vi.advanceTimersByTime(1000) // stable now
    last().serverClose()
    vi.advanceTimersByTime(375)
    expect(sockets.length).toBe(4)
  })

  it('ends a subscription: not re-sent, and its leave message goes out', () => {
    make()
    last().open()
    const end = client.subscribe(
      'board:city-centre',
      { type: 'board.subscribe', hallId: 'city-centre' },
      { type: 'board.unsubscribe', hallId: 'city-centre' },
    )
    end()
    expect(last().sent.map((m) => m.type)).toEqual(['board.subscribe', 'board.unsubscribe'])
    expect(client.subscriptionKeys()).toEqual([])
    last().serverClose()
    vi.advanceTimersByTime(10_000)
    last().open()
    expect(last().sent).toEqual([])
  })

  it('holds a subscription made while down and sends it on connect; send() refuses meanwhile', () => {
    make()
    expect(client.send({ type: 'ping' })).toBe(false)
    client.subscribe('ticket:t1', { type: 'ticket.watch', ticketId: 't1' })
    last().open()
    expect(last().sent).toEqual([{ type: 'ticket.watch', ticketId: 't1' }])
  })

  it('drop() closes the socket like a network failure, and it comes back', () => {
    make()
    last().open()
    client.drop()
    expect(sockets[0]!.closedWith).toBe(4000)
    expect(client.state).toBe('reconnecting')
    vi.advanceTimersByTime(1000)
    expect(sockets.length).toBe(2)
    client.reconnectNow() // nothing scheduled: no extra socket
    expect(sockets.length).toBe(2)
  })

  it('pings while open and closes a socket that went silent', () => {
    make({ pingEveryMs: 1000, deadAfterMs: 500 })
    last().open()
    vi.advanceTimersByTime(1000)
    expect(last().sent).toEqual([{ type: 'ping' }])
    last().receive({ type: 'pong', at: 1 })
    vi.advanceTimersByTime(1000)
    expect(last().closedWith).toBeUndefined()
    vi.advanceTimersByTime(1000) // 2 s without a word > 1.5 s
    expect(sockets[0]!.closedWith).toBe(4001)
    expect(client.state).toBe('reconnecting')
  })

  it('close() stops for good', () => {
    make()
    last().open()
    const states: ConnectionState[] = []
    client.onState((s) => states.push(s))
    client.close()
    vi.advanceTimersByTime(60_000)
    expect(sockets.length).toBe(1)
    expect(states).toEqual(['closed'])
  })

  it('retries when making the socket throws', () => {
    let fail = true
    make({
      createSocket: (url) => {
        if (fail) throw new Error('blocked')
        const socket = new FakeSocket(url)
        sockets.push(socket)
        return socket
      },
    })
    expect(client.state).toBe('reconnecting')
    fail = false
    vi.advanceTimersByTime(375)
    expect(sockets.length).toBe(1)
  })
})
