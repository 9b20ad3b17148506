import { describe, expect, it } from 'vitest'
import { TokenBucket } from './rate-limiter'

describe('TokenBucket', () => {
  it('lets a burst through, refuses the next, and refills at the steady rate', () => {
    let now = 1000
    const bucket = new TokenBucket(5, 10, () => now)
    const burst = Array.from({ length: 6 }, () => bucket.take())
    expect(burst).toEqual([true, true, true, true, true, false])
    now += 99 // 0.99 of a token at 10/s
    expect(bucket.take()).toBe(false)
    now += 101 // 0.99 + 1.01: two tokens
    expect(bucket.take()).toBe(true)
    expect(bucket.take()).toBe(true)
    expect(bucket.take()).toBe(false)
  })

  it('never holds more than the burst, however long it was idle', () => {
    let now = 0
    const bucket = new TokenBucket(3, 100, () => now)
    now += 60_000
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false])
  })

  it('ignores a clock that goes backwards', () => {
    let now = 5000
    const bucket = new TokenBucket(1, 1, () => now)
    expect(bucket.take()).toBe(true)
    now = 0
    expect(bucket.take()).toBe(false)
  })
})
