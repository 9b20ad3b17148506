import { rememberWireText, type Bus, type BusErrorReporter, type BusHandler, type Unsubscribe } from './bus'
import { TopicFanout } from './topic-fanout'

/** The in-process bus, with counts for tests and metrics. */
export interface MemoryBus<M = unknown> extends Bus<M> {
  /** How many subscriptions the topic has. */
  subscriberCount(topic: string): number
  /** How many topics have at least one subscription. */
  readonly topicCount: number
}

export type MemoryBusOptions = {
  /** Where failing handlers are reported. @default console.error */
  onHandlerError?: BusErrorReporter
}

type Pending = { topic: string; payload: string; done: () => void }

/** Freezes a parsed JSON value all the way down (JSON has no cycles, so plain recursion is safe). */
function deepFreeze(value: unknown): unknown {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}

/**
 * A bus for one server process. Messages wait in one FIFO queue and are delivered in a microtask, so
 * order holds per topic (and across topics) even when a handler publishes while being called, and
 * nothing is delivered inside `publish`. Each message is serialised to JSON once on publish, as Redis
 * would, so a message that cannot cross nodes (a Date, a Map, a cycle) fails here too. The parsed copy
 * is shared by the topic's subscribers and deeply frozen: one handler changing it would otherwise change
 * it for the rest (in strict-mode modules the attempt throws and is reported like any handler error). See `Bus` for how a Redis bus replaces this on several nodes.
 */
export function createMemoryBus<M = unknown>(options: MemoryBusOptions = {}): MemoryBus<M> {
  const reportError: BusErrorReporter =
    options.onHandlerError ?? ((error, topic) => console.error(`Bus handler failed on ${topic}`, error))
  const fanout = new TopicFanout<M>(reportError)
  const queue: Pending[] = []
  // The pending delivery pass, if one is scheduled.
  let drained: Promise<void> | null = null
  let closed = false

  function drain(): void {
    // Index-based so a publish from inside a handler is appended and delivered in this same pass.
    for (let i = 0; i < queue.length; i++) {
      const item = queue[i] as Pending
      if (fanout.count(item.topic) > 0) {
        try {
          const copy = deepFreeze(JSON.parse(item.payload)) as M
          rememberWireText(copy, item.payload)
          fanout.deliver(item.topic, copy)
        } catch (error) {
          reportError(error, item.topic)
        }
      }
      item.done()
    }
    queue.length = 0
    drained = null
  }

  return {
    publish(topic: string, message: M): Promise<void> {
      if (closed) return Promise.reject(new Error(`The bus is closed; cannot publish to ${topic}`))
      let payload: string | undefined
      try {
        payload = JSON.stringify(message)
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)))
      }
      if (payload === undefined)
        return Promise.reject(new TypeError(`Cannot publish ${typeof message} to ${topic}`))
      const serialised = payload
      return new Promise<void>((resolve) => {
        queue.push({ topic, payload: serialised, done: resolve })
        drained ??= Promise.resolve().then(drain)
      })
    },

    subscribe(topic: string, handler: BusHandler<M>): Unsubscribe {
      // Late subscribers during shutdown get nothing rather than an exception in a socket handler.
      if (closed) return () => {}
      return fanout.add(topic, handler)
    },

    async close(): Promise<void> {
      if (closed) return
      closed = true
      const last = queue.at(-1)
      if (last)
        await new Promise<void>((resolve) => queue.push({ topic: '', payload: 'null', done: resolve }))
      fanout.clear()
    },

    subscriberCount: (topic) => fanout.count(topic),
    get topicCount() {
      return fanout.topicCount
    },
  }
}
