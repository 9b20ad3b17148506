import { describe, expect, it, vi } from 'vitest'
import { topics, wireText } from './bus'
import { createMemoryBus } from './memory-bus'

type Msg = { n: number; text?: string }

function collector() {
  const seen: { topic: string; message: Msg }[] = []
  const handler = (message: Msg, topic: string) => {
    seen.push({ topic, message })
  }
  return { seen, handler, numbers: () => seen.map((s) => s.message.n) }
}

describe('memory bus', () => {
  it('delivers to every subscriber in publish order per topic', async () => {
    const bus = createMemoryBus<Msg>()
    const a = collector()
    const b = collector()
    bus.subscribe('queue:h:d', a.handler)
    bus.subscribe('queue:h:d', b.handler)
    const sent = Array.from({ length: 50 }, (_, n) => bus.publish('queue:h:d', { n }))
    await Promise.all(sent)
    const expected = Array.from({ length: 50 }, (_, n) => n)
    expect(a.numbers()).toEqual(expected)
    expect(b.numbers()).toEqual(expected)
    expect(a.seen[0]?.topic).toBe('queue:h:d')
  })

  it('never delivers inside publish', async () => {
    const bus = createMemoryBus<Msg>()
    const a = collector()
    bus.subscribe('t', a.handler)
    const sent = bus.publish('t', { n: 1 })
    expect(a.seen).toEqual([])
    await sent
    expect(a.numbers()).toEqual([1])
  })

  it('keeps the order when a handler publishes to the same topic while being called', async () => {
    const bus = createMemoryBus<Msg>()
    const first: number[] = []
    const second: number[] = []
    bus.subscribe('t', (m) => {
      first.push(m.n)
      if (m.n === 1) void bus.publish('t', { n: 3 })
    })
    bus.subscribe('t', (m) => {
      second.push(m.n)
    })
    await Promise.all([bus.publish('t', { n: 1 }), bus.publish('t', { n: 2 })])
    await Promise.resolve()
    expect(first).toEqual([1, 2, 3])
    expect(second).toEqual([1, 2, 3])
  })

  it('stops delivering after unsubscribe, which may be called twice', async () => {
    const bus = createMemoryBus<Msg>()
    const a = collector()
    const b = collector()
    const stopA = bus.subscribe('t', a.handler)
    bus.subscribe('t', b.handler)
    await bus.publish('t', { n: 1 })
    stopA()
    stopA()
    await bus.publish('t', { n: 2 })
    expect(a.numbers()).toEqual([1])
    expect(b.numbers()).toEqual([1, 2])
    expect(bus.subscriberCount('t')).toBe(1)
  })

  it('counts the same handler twice as two subscriptions', async () => {
    const bus = createMemoryBus<Msg>()
    const a = collector()
    const stop1 = bus.subscribe('t', a.handler)
    bus.subscribe('t', a.handler)
    await bus.publish('t', { n: 1 })
    stop1()
    await bus.publish('t', { n: 2 })
    expect(a.numbers()).toEqual([1, 1, 2])
  })

  it('skips a subscriber that an earlier one removed during the same delivery', async () => {
    const bus = createMemoryBus<Msg>()
    const b = collector()
    let stopB = () => {}
    bus.subscribe('t', () => stopB())
    stopB = bus.subscribe('t', b.handler)
    await bus.publish('t', { n: 1 })
    expect(b.seen).toEqual([])
  })

  it('leaks nothing across topics, even ones sharing a prefix', async () => {
    const bus = createMemoryBus<Msg>()
    const dept = collector()
    const other = collector()
    const call = collector()
    bus.subscribe(topics.queue('city-centre', 'social-security'), dept.handler)
    bus.subscribe(topics.queue('city-centre', 'social'), other.handler)
    bus.subscribe(topics.call('c1'), call.handler)
    await bus.publish(topics.queue('city-centre', 'social-security'), { n: 1 })
    await bus.publish(topics.call('c1'), { n: 2 })
    await bus.publish(topics.call('c10'), { n: 3 })
    expect(dept.numbers()).toEqual([1])
    expect(other.numbers()).toEqual([])
    expect(call.numbers()).toEqual([2])
  })

  it('keeps delivering to others when a handler throws or rejects, and reports it', async () => {
    const onHandlerError = vi.fn()
    const bus = createMemoryBus<Msg>({ onHandlerError })
    const before = collector()
    const after = collector()
    bus.subscribe('t', before.handler)
    bus.subscribe('t', () => {
      throw new Error('boom')
    })
    bus.subscribe('t', () => Promise.reject(new Error('async boom')))
    bus.subscribe('t', after.handler)
    await bus.publish('t', { n: 1 })
    await bus.publish('t', { n: 2 })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(before.numbers()).toEqual([1, 2])
    expect(after.numbers()).toEqual([1, 2])
    expect(onHandlerError).toHaveBeenCalledTimes(4)
    expect(onHandlerError).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }), 't')
    expect(onHandlerError).toHaveBeenCalledWith(expect.objectContaining({ message: 'async boom' }), 't')
  })

  it('delivers a frozen copy, never the publisher object, so one handler cannot change it for another', async () => {
    const onHandlerError = vi.fn()
    const bus = createMemoryBus<Msg>({ onHandlerError })
    const original: Msg = { n: 1, text: 'x' }
    const b = collector()
    bus.subscribe('t', (m) => {
      m.text = 'changed'
    })
    bus.subscribe('t', b.handler)
    await bus.publish('t', original)
    expect(original.text).toBe('x')
    expect(b.seen[0]?.message).toEqual({ n: 1, text: 'x' })
    expect(b.seen[0]?.message).not.toBe(original)
    expect(onHandlerError).toHaveBeenCalledWith(expect.any(TypeError), 't')
  })

  it('refuses what cannot cross nodes as JSON', async () => {
    const bus = createMemoryBus<unknown>()
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    await expect(bus.publish('t', cyclic)).rejects.toThrow()
    await expect(bus.publish('t', undefined)).rejects.toThrow(TypeError)
    await expect(bus.publish('t', 10n)).rejects.toThrow()
  })

  it('delivers what was published before close, then refuses publishes and drops subscriptions', async () => {
    const bus = createMemoryBus<Msg>()
    const a = collector()
    bus.subscribe('t', a.handler)
    void bus.publish('t', { n: 1 })
    await bus.close()
    expect(a.numbers()).toEqual([1])
    expect(bus.topicCount).toBe(0)
    await expect(bus.publish('t', { n: 2 })).rejects.toThrow(/closed/)
    const late = collector()
    bus.subscribe('t', late.handler)
    expect(bus.subscriberCount('t')).toBe(0)
    await bus.close()
  })

  it('forgets a topic once its last subscriber leaves', () => {
    const bus = createMemoryBus<Msg>()
    const stop = bus.subscribe('t', () => {})
    expect(bus.topicCount).toBe(1)
    stop()
    expect(bus.topicCount).toBe(0)
  })
})

describe('wire text', () => {
  it('is the JSON of each delivered copy (sent on as is), and nothing for any other object', async () => {
    const bus = createMemoryBus<{ type: string; n: number; list: number[] }>()
    const seen: unknown[] = []
    bus.subscribe('t', (m) => void seen.push(m))
    bus.subscribe('t', (m) => void seen.push(m))
    const published = { type: 'x', n: 1, list: [1, 2] }
    await bus.publish('t', published)
    await bus.publish('t', { type: 'y', n: 2, list: [] })
    expect(seen.map((m) => wireText(m))).toEqual([
      '{"type":"x","n":1,"list":[1,2]}',
      '{"type":"x","n":1,"list":[1,2]}',
      '{"type":"y","n":2,"list":[]}',
      '{"type":"y","n":2,"list":[]}',
    ])
    expect(wireText(published)).toBeUndefined()
    expect(wireText({ ...(seen[0] as object) })).toBeUndefined()
    await bus.close()
  })
})

describe('topics', () => {
  it('names topics and refuses parts that could forge another', () => {
    expect(topics.queue('city-centre', 'social-security')).toBe('queue:city-centre:social-security')
    expect(topics.board('city-centre')).toBe('board:city-centre')
    expect(topics.ticket('t1')).toBe('ticket:t1')
    expect(topics.call('c1')).toBe('call:c1')
    expect(() => topics.queue('a:b', 'c')).toThrow(RangeError)
    expect(() => topics.call('')).toThrow(RangeError)
  })
})
