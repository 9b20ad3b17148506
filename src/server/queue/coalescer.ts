type Phase = 'scheduled' | 'running' | 'cooldown'
type Entry = { phase: Phase; dirty: boolean; timer?: NodeJS.Timeout; startedAt: number }

/**
 * Runs a job per key after changes, at most once per `intervalMs` per key, however many changes come
 * in: the first change runs the job on the next tick; changes while it runs or shortly after (within
 * the interval since it started) are folded into one more run when the interval has passed. The job
 * reads the current state itself, so folding loses nothing. Errors go to `onError`.
 */
export class Coalescer {
  private readonly entries = new Map<string, Entry>()
  private readonly running = new Set<Promise<void>>()
  private idleWaiters: (() => void)[] = []
  private closed = false

  constructor(
    private readonly job: (key: string) => Promise<void>,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown, key: string) => void,
  ) {}

  /** Notes a change for `key`; the job runs soon. */
  request(key: string): void {
    if (this.closed) return
    const entry = this.entries.get(key)
    if (!entry) {
      const fresh: Entry = { phase: 'scheduled', dirty: false, startedAt: 0 }
      this.entries.set(key, fresh)
      fresh.timer = this.timer(() => this.start(key, fresh), 0)
    } else if (entry.phase !== 'scheduled') entry.dirty = true
  }

  /** Resolves once no job is scheduled, running or owed a rerun. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Stops scheduling, drops pending runs and waits for those running. */
  async close(): Promise<void> {
    this.closed = true
    for (const entry of this.entries.values()) clearTimeout(entry.timer)
    this.entries.clear()
    await Promise.allSettled([...this.running])
    this.notifyIdle()
  }

  /** Whether nothing is scheduled, running or owed a rerun right now. */
  isIdle(): boolean {
    for (const entry of this.entries.values()) if (entry.phase !== 'cooldown' || entry.dirty) return false
    return true
  }

  private notifyIdle(): void {
    if (!this.isIdle()) return
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const resolve of waiters) resolve()
  }

  private timer(fn: () => void, ms: number): NodeJS.Timeout {
    const timer = setTimeout(fn, ms)
    timer.unref()
    return timer
  }

  private start(key: string, entry: Entry): void {
    if (this.closed) return
    entry.phase = 'running'
    entry.dirty = false
    entry.startedAt = Date.now()
    const run = this.job(key)
      .catch((error: unknown) => this.onError(error, key))
      .finally(() => {
        this.running.delete(run)
        if (this.closed) return
        entry.phase = 'cooldown'
        const left = Math.max(0, entry.startedAt + this.intervalMs - Date.now())
        entry.timer = this.timer(() => this.endCooldown(key, entry), left)
        this.notifyIdle()
      })
    this.running.add(run)
  }

  private endCooldown(key: string, entry: Entry): void {
    if (entry.dirty) this.start(key, entry)
    else this.entries.delete(key)
  }
}
