/**
 * The bus the realtime hub talks to for everything that crosses clients: a clerk's "call next" must reach
 * the queue board in every browser, a citizen's ICE candidate must reach the clerk's socket. Nothing
 * else in the server knows whether the bus is in-process or Redis.
 *
 * Contract every implementation keeps:
 * - Messages are JSON values; they are delivered as a copy, never the publisher's object, and the copy
 *   is frozen (subscribers share it, so none may change it).
 * - Per topic, every subscriber sees messages in publish order (from one publisher).
 * - Delivery is never synchronous inside `publish`, so code cannot come to depend on it; the in-process
 *   bus delivers before the returned promise resolves, Redis shortly after.
 * - A handler that throws or rejects is reported and skipped; the other subscribers still get the message.
 * - Subscribing again to a topic with the same handler makes a second subscription; each returned
 *   `unsubscribe` removes only its own and may be called more than once.
 *
 * Several nodes: a Redis implementation (`redis-bus.ts`, not written yet) plugs in behind the same
 * interface with ioredis pub/sub. It holds two connections, because a connection in subscriber mode can
 * only (un)subscribe: one `publish`es `JSON.stringify(message)` to the topic as the Redis channel name, the
 * other `SUBSCRIBE`s a channel when its first local handler arrives and `UNSUBSCRIBE`s when the last one
 * leaves, then fans each incoming message out to the local handlers with `TopicFanout` (the same code
 * the in-process bus uses). A node's own publishes come back to it through Redis, so it must not also
 * deliver them locally. Redis keeps the order of one connection's publishes, which gives the per-topic
 * order above. Pub/sub is fire-and-forget: what must survive a restart (tickets, positions) lives in the
 * database, and clients re-read it when they reconnect.
 */
export interface Bus<M = unknown> {
  /** Sends a message to every subscriber of the topic, on every node. Rejects once the bus is closed. */
  publish(topic: string, message: M): Promise<void>
  /** Calls `handler` with each message published to the topic from now on; returns the way to stop. */
  subscribe(topic: string, handler: BusHandler<M>): Unsubscribe
  /** Delivers what was already published, then drops every subscription and refuses new publishes. */
  close(): Promise<void>
}

/** Receives one message; a returned promise is not awaited, but its rejection is reported. */
export type BusHandler<M> = (message: M, topic: string) => void | Promise<void>

/** Ends one subscription; calling it again does nothing. */
export type Unsubscribe = () => void

/** Where a failing handler is reported (the server passes its logger). */
export type BusErrorReporter = (error: unknown, topic: string) => void

function part(name: string, value: string): string {
  if (value.length === 0 || value.includes(':'))
    throw new RangeError(`A topic's ${name} must be non-empty and have no ":", got "${value}"`)
  return value
}

/**
 * Topic names, one place for their shape. Ids never contain ":" (scene ids are kebab-case, ticket and
 * call ids URL-safe tokens), so a topic cannot be forged from another's parts.
 */
export const topics = {
  /** The waiting tickets of one department: clerks' queue lists, positions of its tickets. */
  queue: (hallId: string, departmentId: string) =>
    `queue:${part('hall', hallId)}:${part('department', departmentId)}`,
  /** A hall's boards: numbers called and their windows. */
  board: (hallId: string) => `board:${part('hall', hallId)}`,
  /** One ticket's holder: its position, wait, and being called. */
  ticket: (ticketId: string) => `ticket:${part('ticket', ticketId)}`,
  /** One call's two parties: signalling, chat, co-browsing. */
  call: (callId: string) => `call:${part('call', callId)}`,
  /** Where every ticket of a department stands (`queue.standings`), for the hub's ticket watchers. */
  standings: (hallId: string, departmentId: string) =>
    `standings:${part('hall', hallId)}:${part('department', departmentId)}`,
} as const

// Delivered copies are frozen, so the text one was parsed from stays its exact JSON form.
const wireTexts = new WeakMap<object, string>()

/**
 * For bus implementations: the delivered copy `message` was parsed from `text` (what `publish`
 * serialised, or what Redis handed over). Lets `wireText` skip serialising it again.
 */
export function rememberWireText(message: unknown, text: string): void {
  if (typeof message === 'object' && message !== null) wireTexts.set(message, text)
}

/**
 * The JSON text of a message the bus delivered, when it is passed on unchanged (a relayed ICE
 * candidate, a board): a socket forwarding it sends this text rather than `JSON.stringify` it once
 * per recipient. Undefined for any other object.
 */
export function wireText(message: unknown): string | undefined {
  return typeof message === 'object' && message !== null ? wireTexts.get(message) : undefined
}
