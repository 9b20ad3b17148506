/**
 * A token bucket for one connection: `burst` messages at once, then `perSecond` on average. Signalling
 * comes in bursts (a dozen ICE candidates at once, a typed word of co-browsing), so a bucket fits
 * better than a fixed window, which would refuse a burst at a window edge.
 */
export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number,
  ) {
    this.tokens = burst
    this.last = now()
  }

  /** Takes one token; false when the bucket is empty (the message should be refused). */
  take(): boolean {
    const now = this.now()
    const elapsed = Math.max(0, now - this.last)
    this.last = now
    this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.perSecond) / 1000)
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
