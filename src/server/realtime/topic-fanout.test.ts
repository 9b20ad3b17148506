import { describe, expect, it, vi } from 'vitest'
import { TopicFanout } from './topic-fanout'

describe('TopicFanout', () => {
  it('tells when a topic gains its first and loses its last subscriber (where Redis would (un)subscribe)', () => {
    const onFirst = vi.fn()
    const onLast = vi.fn()
    const fanout = new TopicFanout<number>(() => {}, { onFirst, onLast })
    const stop1 = fanout.add('t', () => {})
    const stop2 = fanout.add('t', () => {})
    expect(onFirst).toHaveBeenCalledTimes(1)
    stop1()
    expect(onLast).not.toHaveBeenCalled()
    stop2()
    stop2()
    expect(onLast).toHaveBeenCalledTimes(1)
    expect(onLast).toHaveBeenCalledWith('t')
    fanout.add('t', () => {})
    expect(onFirst).toHaveBeenCalledTimes(2)
  })

  it('delivers synchronously to the current handlers only', () => {
    const fanout = new TopicFanout<number>(() => {})
    const got: number[] = []
    fanout.add('t', (n) => {
      got.push(n)
      fanout.add('t', (m) => {
        got.push(m * 100)
      })
    })
    fanout.deliver('t', 1)
    expect(got).toEqual([1])
    fanout.deliver('other', 2)
    expect(got).toEqual([1])
  })
})
