/**
 * Test helpers for the hub: fake dependencies over in-memory maps, a real Fastify server on a free
 * port with the real route, and `ws` clients that collect what they receive. Not used in production.
 */
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify'
import type { AddressInfo } from 'node:net'
import WebSocket from 'ws'
import { parseServerMessage, type CallRole, type ServerMessage } from '../../../../shared/protocol'
import { wsRoutes } from '../../../routes/ws'
import { createMemoryBus, type MemoryBus } from '../../memory-bus'
import type { HubBusMessage } from '../../queue-standings'
import type { HubClerk, HubDeps, HubOptions, ServerMessageOf } from '../types'

type TicketUpdate = ServerMessageOf<'ticket.update'>

/** The world the fake dependencies read: tickets, clerks, calls, boards, stored chat lines. */
export class FakeWorld {
  tickets = new Map<string, { token: string; citizenId: string | null; view: TicketUpdate }>()
  clerks = new Map<string, HubClerk>()
  calls = new Map<string, { ticketId: string; clerkId: string }>()
  boards = new Map<string, ServerMessageOf<'board.update'>>()
  chat: { callId: string; sender: CallRole; text: string; clientId?: string; id: string }[] = []
  failNextBoardRead = false
  /** Longer chat lines are refused by the fake store with a RangeError, as the real one does. */
  chatLimit = Infinity

  addTicket(id: string, token: string, citizenId: string | null = null, position = 3): TicketUpdate {
    const view: TicketUpdate = {
      type: 'ticket.update',
      ticketId: id,
      number: `A${id.slice(-3).padStart(3, '0')}`,
      departmentId: 'social-security',
      status: 'waiting',
      position,
      wait: { kind: 'estimate', waitMs: 60_000 * position, basis: 'default' },
      counterNumber: null,
      callId: null,
    }
    this.tickets.set(id, { token, citizenId, view })
    return view
  }

  deps(): HubDeps {
    return {
      clerkFromRequest: async (request: FastifyRequest) => {
        const id = request.headers['x-test-clerk']
        return typeof id === 'string' ? (this.clerks.get(id) ?? null) : null
      },
      currentCitizenId: async (request) => {
        const id = request.headers['x-test-citizen']
        return typeof id === 'string' ? id : null
      },
      verifyTicketToken: async (ticketId, token) => this.tickets.get(ticketId)?.token === token,
      ticketOwnedBy: async (ticketId, citizenId) => this.tickets.get(ticketId)?.citizenId === citizenId,
      ticketQueue: async (ticketId) => {
        const ticket = this.tickets.get(ticketId)
        return ticket ? { hallId: 'test-hall', departmentId: ticket.view.departmentId } : null
      },
      readTicketView: async (ticketId) => this.tickets.get(ticketId)?.view ?? null,
      readBoard: async (hallId) => {
        if (this.failNextBoardRead) {
          this.failNextBoardRead = false
          throw new Error('database went away')
        }
        return this.boards.get(hallId) ?? null
      },
      readDepartmentQueue: async (hallId, departmentId) => ({
        type: 'queue.update',
        hallId,
        departmentId,
        waiting: [],
      }),
      authorizeCallJoin: async (callId, who) => {
        const call = this.calls.get(callId)
        if (!call) return null
        if (who.clerkId && who.clerkId === call.clerkId) return { callId, role: 'clerk' }
        const ticket = this.tickets.get(call.ticketId)
        if (ticket && who.token && who.token === ticket.token) return { callId, role: 'citizen' }
        if (ticket && who.citizenId && who.citizenId === ticket.citizenId) return { callId, role: 'citizen' }
        return null
      },
      saveChatLine: async (callId, sender, text, clientId) => {
        if (text.length > this.chatLimit)
          throw new RangeError(`A chat line must have 1 to ${this.chatLimit} characters`)
        const existing = clientId && this.chat.find((c) => c.callId === callId && c.clientId === clientId)
        if (existing) return { id: existing.id, at: 1000, duplicate: true }
        const id = `m${this.chat.length + 1}`
        this.chat.push({ callId, sender, text, clientId, id })
        return { id, at: 1000, duplicate: false }
      },
      iceServersFor: (callId, role) => [{ urls: 'stun:stun.test:3478', username: `${callId}/${role}` }],
      reportError: () => {},
    }
  }
}

export type HubServer = {
  app: FastifyInstance
  bus: MemoryBus<HubBusMessage>
  world: FakeWorld
  /** ws://127.0.0.1:<port>/api/ws */
  url: string
  port: number
}

/** Starts a bare Fastify app with the WebSocket route over fake dependencies, listening on port 0. */
export async function startHubServer(
  hub: Partial<HubOptions> = {},
  world = new FakeWorld(),
): Promise<HubServer> {
  const bus = createMemoryBus<HubBusMessage>({ onHandlerError: () => {} })
  const app = Fastify({ logger: false })
  await app.register(wsRoutes, { prefix: '/api', bus, deps: world.deps(), hub })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  return { app, bus, world, url: `ws://127.0.0.1:${port}/api/ws`, port }
}

/** A `ws` client that keeps every message it gets and can wait for one. */
export class TestClient {
  readonly received: ServerMessage[] = []
  closeCode: number | null = null
  private waiters: { match: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = []

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const parsed = parseServerMessage(String(data))
      if (!parsed.ok)
        throw new Error(`the server sent a bad message: ${parsed.error.message} ${String(data)}`)
      this.received.push(parsed.message)
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(parsed.message)) return true
        w.resolve(parsed.message)
        return false
      })
    })
    socket.on('close', (code) => (this.closeCode = code))
  }

  /** Connects; rejects with the HTTP status when the upgrade is refused. */
  static connect(url: string, options: WebSocket.ClientOptions = {}): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, options)
      socket.once('open', () => resolve(new TestClient(socket)))
      socket.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)))
      socket.once('error', reject)
    })
  }

  send(message: object): void {
    this.socket.send(JSON.stringify(message))
  }

  /** The first message (already received or still to come) of that type matching `where`. */
  next<T extends ServerMessage['type']>(
    type: T,
    where: (m: ServerMessageOf<T>) => boolean = () => true,
    timeoutMs = 2000,
  ): Promise<ServerMessageOf<T>> {
    const match = (m: ServerMessage) => m.type === type && where(m as ServerMessageOf<T>)
    const already = this.received.find(match)
    if (already) {
      this.received.splice(this.received.indexOf(already), 1)
      return Promise.resolve(already as ServerMessageOf<T>)
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${type} within ${timeoutMs} ms; got ${JSON.stringify(this.received)}`)),
        timeoutMs,
      )
      this.waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer)
          this.received.splice(this.received.indexOf(m), 1)
          resolve(m as ServerMessageOf<T>)
        },
      })
    })
  }

  /** Round trip through the server: every message sent before has been handled once this resolves. */
  async sync(): Promise<void> {
    const nonce = Math.random().toString(36).slice(2)
    this.send({ type: 'ping', nonce })
    await this.next('pong', (m) => m.nonce === nonce)
  }

  /** The messages of a type received and not yet taken by `next`. */
  all<T extends ServerMessage['type']>(type: T): ServerMessageOf<T>[] {
    return this.received.filter((m) => m.type === type) as ServerMessageOf<T>[]
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.readyState === WebSocket.CLOSED) return resolve()
      this.socket.once('close', () => resolve())
      this.socket.close()
    })
  }
}

/** Lets the bus deliver what was published (it delivers in a microtask) and the sockets carry it. */
export const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms))
