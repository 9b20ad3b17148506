import type { BusErrorReporter, BusHandler, Unsubscribe } from './bus'

type Subscription<M> = { handler: BusHandler<M> }

/**
 * The local half of any bus: which handlers want which topic, and handing a message to each of them with
 * one handler's failure kept from the others. `onFirst` and `onLast` fire when a topic gains its first
 * subscriber and loses its last, which is where a Redis bus (un)subscribes the channel.
 */
export class TopicFanout<M> {
  private readonly byTopic = new Map<string, Set<Subscription<M>>>()

  constructor(
    private readonly reportError: BusErrorReporter,
    private readonly hooks: { onFirst?: (topic: string) => void; onLast?: (topic: string) => void } = {},
  ) {}

  /** Adds a handler; the returned function removes it (once; later calls do nothing). */
  add(topic: string, handler: BusHandler<M>): Unsubscribe {
    const subscription: Subscription<M> = { handler }
    let set = this.byTopic.get(topic)
    if (!set) {
      set = new Set()
      this.byTopic.set(topic, set)
      this.hooks.onFirst?.(topic)
    }
    set.add(subscription)
    return () => {
      const current = this.byTopic.get(topic)
      if (!current?.delete(subscription)) return
      if (current.size === 0) {
        this.byTopic.delete(topic)
        this.hooks.onLast?.(topic)
      }
    }
  }

  /**
   * Gives the message to the topic's handlers as they were when delivery began; one unsubscribed by an
   * earlier handler during this delivery is skipped.
   */
  deliver(topic: string, message: M): void {
    const set = this.byTopic.get(topic)
    if (!set) return
    for (const subscription of [...set]) {
      if (!set.has(subscription)) continue
      try {
        const result = subscription.handler(message, topic)
        if (result && typeof result.then === 'function')
          result.then(undefined, (error: unknown) => this.reportError(error, topic))
      } catch (error) {
        this.reportError(error, topic)
      }
    }
  }

  /** How many handlers the topic has. */
  count(topic: string): number {
    return this.byTopic.get(topic)?.size ?? 0
  }

  /** How many topics have at least one handler. */
  get topicCount(): number {
    return this.byTopic.size
  }

  /** Removes every handler (without calling `onLast`: the caller is shutting the transport down). */
  clear(): void {
    this.byTopic.clear()
  }
}
