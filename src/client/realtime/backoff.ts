/** How the wait between reconnect attempts grows. */
export type BackoffOptions = {
  /** The first wait. @default 500 ms */
  baseMs: number
  /** The wait never grows past this. @default 15 s */
  maxMs: number
  /** Each attempt waits this many times longer than the one before. @default 2 */
  factor: number
  /** The share of the wait that is random: 0.5 waits between half and all of it. @default 0.5 */
  jitter: number
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 15_000, factor: 2, jitter: 0.5 }

/**
 * The wait before reconnect attempt `attempt` (0 = the first after a drop): exponential, capped, with
 * part of it random so thousands of clients of a restarted server do not all come back in the same
 * instant. Pure, so `random` (in [0, 1)) is handed in.
 */
export function reconnectDelay(
  attempt: number,
  random: number,
  options: Partial<BackoffOptions> = {},
): number {
  const { baseMs, maxMs, factor, jitter } = { ...DEFAULT_BACKOFF, ...options }
  const ceiling = Math.min(maxMs, baseMs * factor ** Math.max(0, attempt))
  const r = Math.min(Math.max(random, 0), 1)
  return Math.round(ceiling * (1 - jitter + jitter * r))
}
