import {
  encodeMessage,
  parseServerMessage,
  type ClientMessage,
  type ServerMessage,
  type ServerMessageType,
} from '../../shared/protocol'
import { reconnectDelay, type BackoffOptions } from './backoff'

/**
 * `connecting`: the first attempt; `open`: messages flow; `reconnecting`: the socket dropped and a new
 * attempt is scheduled or under way; `closed`: `close()` was called and nothing more happens.
 */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed'

/** The part of the browser's WebSocket the client uses, so tests can hand in a fake. */
export interface SocketLike {
  readonly readyState: number
  onopen: ((event: unknown) => void) | null
  onclose: ((event: unknown) => void) | null
  onerror: ((event: unknown) => void) | null
  onmessage: ((event: { data: unknown }) => void) | null
  send(data: string): void
  close(code?: number, reason?: string): void
}

export type SocketFactory = (url: string) => SocketLike

export type WsClientOptions = {
  /** Where to connect. @default ws(s)://<this page's host>/api/ws */
  url?: string
  /** Makes a socket. @default the browser's WebSocket */
  createSocket?: SocketFactory
  backoff?: Partial<BackoffOptions>
  /** A number in [0, 1) for the jitter. @default Math.random */
  random?: () => number
  /** Send `ping` this often while open; no message at all for `deadAfterMs` closes the socket. @default 25 s */
  pingEveryMs?: number
  /** @default 10 s */
  deadAfterMs?: number
  /** An open socket this long counts as stable: the backoff starts over from its first step. @default 10 s */
  stableAfterMs?: number
}

type Listener<M> = (message: M) => void
type MessageOf<T extends ServerMessageType> = Extract<ServerMessage, { type: T }>

const OPEN = 1

/** The WebSocket address of this page's server. */
export function defaultSocketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/api/ws`
}

/**
 * One WebSocket to the OneHall server that keeps itself up: it reconnects after a drop with exponential
 * backoff and jitter (so a restarted server is not hit by every client at once), and after each
 * reconnect sends every standing subscription again (ticket watches, boards, call joins), because the
 * server forgets a socket's subscriptions with the socket. Incoming messages are checked with
 * `parseServerMessage`; anything that fails is dropped (and counted) rather than thrown.
 * Framework-free: React reads it through `onState` / `on`.
 */
export class WsClient {
  private socket: SocketLike | null = null
  private current: ConnectionState = 'connecting'
  private attempt = 0
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private stableTimer: ReturnType<typeof setTimeout> | null = null
  private pingTimer: ReturnType<typeof setInterval> | null = null
  private lastHeard = 0
  private readonly subscriptions = new Map<string, ClientMessage>()
  private readonly stateListeners = new Set<Listener<ConnectionState>>()
  private readonly listeners = new Map<string, Set<Listener<ServerMessage>>>()
  private readonly url: string
  private readonly createSocket: SocketFactory
  private readonly options: Required<Omit<WsClientOptions, 'url' | 'createSocket' | 'backoff'>> & {
    backoff: Partial<BackoffOptions>
  }
  /** Messages the server sent that did not parse (a newer or broken server); for diagnostics. */
  rejected = 0
  /** How many times a socket opened; 1 after the first connection. */
  opens = 0

  constructor(options: WsClientOptions = {}) {
    this.url = options.url ?? defaultSocketUrl(globalThis.location)
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url) as unknown as SocketLike)
    this.options = {
      backoff: options.backoff ?? {},
      random: options.random ?? Math.random,
      pingEveryMs: options.pingEveryMs ?? 25_000,
      deadAfterMs: options.deadAfterMs ?? 10_000,
      stableAfterMs: options.stableAfterMs ?? 10_000,
    }
    this.connect()
  }

  /** The connection's state now. */
  get state(): ConnectionState {
    return this.current
  }

  /** Calls `listener` on every state change; returns the unsubscribe function. */
  onState(listener: Listener<ConnectionState>): () => void {
    this.stateListeners.add(listener)
    return () => this.stateListeners.delete(listener)
  }

  /** Calls `listener` for every valid server message of one type; returns the unsubscribe function. */
  on<T extends ServerMessageType>(type: T, listener: Listener<MessageOf<T>>): () => void {
    const set = this.listeners.get(type) ?? new Set()
    this.listeners.set(type, set)
    set.add(listener as Listener<ServerMessage>)
    return () => set.delete(listener as Listener<ServerMessage>)
  }

  /**
   * Sends a one-off message now. Returns false when the socket is not open: nothing is queued, since a
   * stale message (an old offer, a chat line) replayed after a reconnect does more harm than good.
   */
  send(message: ClientMessage): boolean {
    if (!this.socket || this.socket.readyState !== OPEN) return false
    this.socket.send(encodeMessage(message))
    return true
  }

  /**
   * A standing subscription under `key` (`ticket:<id>`, `board:<hall>`): sent now when open and again
   * after every reconnect. The same key replaces the earlier message. The returned function ends it and
   * sends `leave` (the matching unsubscribe), if given and the socket is open.
   */
  subscribe(key: string, message: ClientMessage, leave?: ClientMessage): () => void {
    this.subscriptions.set(key, message)
    this.send(message)
    return () => {
      if (this.subscriptions.get(key) !== message) return
      this.subscriptions.delete(key)
      if (leave) this.send(leave)
    }
  }

  /** The keys of the standing subscriptions. */
  subscriptionKeys(): string[] {
    return [...this.subscriptions.keys()]
  }

  /**
   * Drops the socket as a network failure would (tests and the automation hook use it); the client
   * reconnects by itself.
   */
  drop(): void {
    this.socket?.close(4000, 'dropped by the client')
  }

  /** Tries at once instead of waiting out the backoff (the browser came back online). */
  reconnectNow(): void {
    if (this.current !== 'reconnecting' || !this.retryTimer) return
    clearTimeout(this.retryTimer)
    this.retryTimer = null
    this.connect()
  }

  /** Closes for good: no more reconnects, listeners stay but hear nothing. */
  close(): void {
    this.setState('closed')
    this.clearTimers()
    const socket = this.socket
    this.socket = null
    if (socket) {
      socket.onclose = socket.onmessage = socket.onerror = socket.onopen = null
      socket.close(1000, 'closed')
    }
  }

  private connect(): void {
    let socket: SocketLike
    try {
      socket = this.createSocket(this.url)
    } catch {
      this.scheduleRetry()
      return
    }
    this.socket = socket
    socket.onopen = () => {
      if (this.socket !== socket) return
      this.opens++
      this.lastHeard = Date.now()
      this.setState('open')
      for (const message of this.subscriptions.values()) socket.send(encodeMessage(message))
      this.stableTimer = setTimeout(() => (this.attempt = 0), this.options.stableAfterMs)
      this.pingTimer = setInterval(() => this.heartbeat(socket), this.options.pingEveryMs)
    }
    socket.onmessage = (event) => {
      if (this.socket !== socket) return
      this.lastHeard = Date.now()
      this.receive(event.data)
    }
    // Browsers follow an error with close; only close reconnects, so one drop schedules one retry.
    socket.onerror = () => undefined
    socket.onclose = () => {
      if (this.socket !== socket) return
      this.socket = null
      this.clearTimers()
      if (this.current !== 'closed') this.scheduleRetry()
    }
  }

  private heartbeat(socket: SocketLike): void {
    if (Date.now() - this.lastHeard > this.options.pingEveryMs + this.options.deadAfterMs) {
      // Nothing heard, not even the answer to the last ping: the connection is dead without a close.
      socket.close(4001, 'no answer')
      return
    }
    if (socket.readyState === OPEN) socket.send(encodeMessage({ type: 'ping' }))
  }

  private receive(data: unknown): void {
    const raw = typeof data === 'string' || data instanceof ArrayBuffer ? data : String(data)
    const result = parseServerMessage(raw)
    if (!result.ok) {
      this.rejected++
      return
    }
    const set = this.listeners.get(result.message.type)
    if (set) for (const listener of [...set]) listener(result.message)
  }

  private scheduleRetry(): void {
    this.setState('reconnecting')
    const delay = reconnectDelay(this.attempt++, this.options.random(), this.options.backoff)
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      if (this.current !== 'closed') this.connect()
    }, delay)
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    if (this.stableTimer) clearTimeout(this.stableTimer)
    if (this.pingTimer) clearInterval(this.pingTimer)
    this.retryTimer = this.stableTimer = this.pingTimer = null
  }

  private setState(state: ConnectionState): void {
    if (state === this.current) return
    this.current = state
    for (const listener of [...this.stateListeners]) listener(state)
  }
}
