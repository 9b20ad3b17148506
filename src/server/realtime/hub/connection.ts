import type { FastifyRequest } from 'fastify'
import type { WebSocket } from 'ws'
import {
  parseClientMessage,
  type CallRole,
  type ClientMessage,
  type ProtocolErrorCode,
  type ServerMessage,
} from '../../../shared/protocol'
import { wireText, type Bus, type BusHandler, type Unsubscribe } from '../bus'
import type { HubBusMessage, QueueStandingsMessage } from '../queue-standings'
import { handleCallMessage, leaveAllCalls } from './call-handlers'
import { TokenBucket } from './rate-limiter'
import type { HubClerk, HubDeps, HubOptions } from './types'
import { handleWatchMessage } from './watch-handlers'

/** A socket sending into a full buffer is not reading: past this it is cut off rather than grown. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024
/** How long a closing client has to answer the close handshake before its socket is cut. */
const CLOSE_GRACE_MS = 2000
/** At most one `rate_limited` error a second: answering every refused message would feed the flood. */
const RATE_ERROR_EVERY_MS = 1000

/** Who is on the other end, read once at the upgrade. */
export type Identity = { clerk: HubClerk | null; citizenId: string | null }

/** A call this connection joined, and whether it knows the other party is in. */
export type CallMembership = { role: CallRole; peerPresent: boolean }

/**
 * One client socket: its identity, subscriptions and calls. Messages are handled one after another
 * (a `call.join` finishes before the `signal.offer` sent right behind it is looked at). Everything it
 * subscribed to is released when the socket closes or the hub shuts down.
 */
export class Connection {
  /** Cleared by each heartbeat, set again by a pong or any message. */
  alive = true
  identity: Identity = { clerk: null, citizenId: null }
  readonly calls = new Map<string, CallMembership>()
  private readonly subscriptions = new Map<string, Unsubscribe>()
  private readonly bucket: TokenBucket
  private chain: Promise<void>
  private lastRateError = -Infinity
  private closed = false
  /** The clerk whose presence this socket reported (to report its end exactly once). */
  private present: string | null = null

  constructor(
    readonly socket: WebSocket,
    readonly request: FastifyRequest,
    readonly bus: Bus<HubBusMessage>,
    readonly deps: HubDeps,
    readonly options: HubOptions,
    private readonly onClosed: (connection: Connection) => void,
  ) {
    this.bucket = new TokenBucket(options.rateBurst, options.ratePerSecond, options.now)
    this.chain = this.identify()
    socket.on('message', (data, isBinary) => this.receive(data, isBinary))
    socket.on('pong', () => (this.alive = true))
    socket.on('close', () => this.release())
    socket.on('error', () => this.release())
  }

  /** Sends a message if the socket is open; a client that stopped reading is cut off. */
  send(message: ServerMessage): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return
    // A message passed on from the bus unchanged already has its JSON text.
    this.sendEncoded(wireText(message) ?? JSON.stringify(message))
  }

  /** Sends a message already serialised (by `JSON.stringify` of a `ServerMessage`). */
  sendEncoded(text: string): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.socket.terminate()
      return
    }
    this.socket.send(text)
  }

  /** Sends an `error`; the connection stays open. */
  error(code: ProtocolErrorCode, message: string): void {
    this.send({ type: 'error', code, message })
  }

  /** Whether a subscription with this key is held. */
  subscribed(key: string): boolean {
    return this.subscriptions.has(key)
  }

  /**
   * Subscribes `handler` to a bus topic under `key` (replacing one with the same key).
   * @returns false, after answering `rate_limited`, when the connection already holds its maximum
   */
  subscribe(key: string, topic: string, handler: BusHandler<ServerMessage>): boolean {
    return this.hold(key, topic, (message, from) =>
      message.type === 'queue.standings' ? undefined : handler(message, from),
    )
  }

  /** Like `subscribe`, for a department's standings topic (see `QueueStandingsMessage`). */
  subscribeStandings(key: string, topic: string, handler: (message: QueueStandingsMessage) => void): boolean {
    return this.hold(key, topic, (message) => {
      if (message.type === 'queue.standings') handler(message)
    })
  }

  private hold(key: string, topic: string, handler: BusHandler<HubBusMessage>): boolean {
    if (this.closed) return false
    this.unsubscribe(key)
    if (this.subscriptions.size >= this.options.maxSubscriptions) {
      this.error('rate_limited', `At most ${this.options.maxSubscriptions} subscriptions per connection.`)
      return false
    }
    this.subscriptions.set(key, this.bus.subscribe(topic, handler))
    return true
  }

  /** Ends the subscription under `key`, if any. */
  unsubscribe(key: string): void {
    this.subscriptions.get(key)?.()
    this.subscriptions.delete(key)
  }

  /** Keys of held subscriptions starting with `prefix`. */
  subscriptionKeys(prefix: string): string[] {
    return [...this.subscriptions.keys()].filter((k) => k.startsWith(prefix))
  }

  /** Closes the socket (the hub is shutting down) and releases everything at once. */
  close(code: number, reason: string): void {
    this.socket.close(code, reason)
    // A client that never answers the close handshake must not hold the server's shutdown up.
    setTimeout(() => this.socket.terminate(), CLOSE_GRACE_MS).unref()
    this.release()
  }

  /** Waits until every message received so far has been handled (tests, shutdown). */
  settled(): Promise<void> {
    return this.chain
  }

  private async identify(): Promise<void> {
    try {
      const [clerk, citizenId] = await Promise.all([
        this.deps.clerkFromRequest(this.request),
        this.deps.currentCitizenId(this.request),
      ])
      this.identity = { clerk, citizenId }
      if (clerk && !this.closed && this.deps.clerkPresence) {
        this.present = clerk.id
        this.deps.clerkPresence.opened(clerk.id)
      }
    } catch (error) {
      this.report(error, 'identifying a WebSocket client')
    }
  }

  private receive(data: unknown, isBinary: boolean): void {
    this.alive = true
    if (this.closed) return
    if (!this.bucket.take()) {
      const now = this.options.now()
      if (now - this.lastRateError >= RATE_ERROR_EVERY_MS) {
        this.lastRateError = now
        this.error('rate_limited', 'Too many messages; slow down.')
      }
      return
    }
    const raw = isBinary ? (data as Buffer | ArrayBuffer | Buffer[]) : String(data)
    const parsed = parseClientMessage(raw, this.options.maxMessageBytes)
    if (!parsed.ok) {
      this.error(parsed.error.code, parsed.error.message)
      return
    }
    this.chain = this.chain.then(() => this.handle(parsed.message))
  }

  private async handle(message: ClientMessage): Promise<void> {
    if (this.closed) return
    try {
      if (message.type === 'ping') {
        this.send({
          type: 'pong',
          ...(message.nonce === undefined ? {} : { nonce: message.nonce }),
          at: this.options.now(),
        })
        return
      }
      if (await handleWatchMessage(this, message)) return
      await handleCallMessage(this, message)
    } catch (error) {
      this.report(error, `handling ${message.type}`)
      this.error('internal', 'Something went wrong on the server; try again.')
    }
  }

  private release(): void {
    if (this.closed) return
    this.closed = true
    leaveAllCalls(this)
    for (const unsubscribe of this.subscriptions.values()) unsubscribe()
    this.subscriptions.clear()
    if (this.present) this.deps.clerkPresence?.closed(this.present)
    this.present = null
    this.onClosed(this)
  }

  /** Reports an unexpected failure. */
  report(error: unknown, context: string): void {
    if (this.deps.reportError) this.deps.reportError(error, context)
    else console.error(`WebSocket hub: ${context}`, error)
  }
}
