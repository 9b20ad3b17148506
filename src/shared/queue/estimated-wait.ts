import type { Ticket } from './ticket'

/** The service time assumed when a department has no usable history: simple matters take about five minutes. */
export const DEFAULT_SERVICE_MS = 5 * 60_000

/** How many recent services the moving median looks at. */
export const DEFAULT_SERVICE_WINDOW = 20

/** Fewer completed services than this and the department's default is used instead of the median. */
export const DEFAULT_MIN_SAMPLES = 3

export type WaitInput = {
  /** Waiting tickets ahead of this one in its department (its position minus 1). */
  peopleAhead: number
  /** Clerks on duty who serve the department (available, busy or in wrap-up; not away). */
  clerksOnDuty: number
  /** Durations of completed services in milliseconds, oldest first. */
  recentServiceMs: readonly number[]
  /** The department's assumed service time when history is short. @default DEFAULT_SERVICE_MS */
  defaultServiceMs?: number
  /** @default DEFAULT_SERVICE_WINDOW */
  window?: number
  /** @default DEFAULT_MIN_SAMPLES */
  minSamples?: number
}

/**
 * An estimate, or `no-clerk` when nobody serving the department is on duty (the citizen is then offered a
 * callback or an appointment instead of a wait time).
 */
export type WaitEstimate =
  | { kind: 'estimate'; waitMs: number; serviceMs: number; basis: 'history' | 'default'; samples: number }
  | { kind: 'no-clerk' }

/** The median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('The median of nothing is undefined')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/**
 * The estimated wait before a ticket is called:
 *
 *     serviceMs = median(last `window` valid durations)   if at least `minSamples` of them
 *               = defaultServiceMs                          otherwise
 *     waitMs    = serviceMs × peopleAhead ÷ clerksOnDuty
 *
 * A median rather than a mean, so one hour-long case does not triple everyone's estimate; a moving
 * window so the figure follows the day (short queries in the morning, long cases later). Durations that
 * are not positive finite numbers are dropped; a negative or fractional `peopleAhead` is read as its
 * floor, at least 0, so the result is never negative. With no clerk on duty there is no estimate.
 */
export function estimateWait(input: WaitInput): WaitEstimate {
  return waitAt(serviceRate(input), input.peopleAhead)
}

/**
 * The part of `estimateWait` that is the same for every ticket of a department: how long one service
 * takes and how many clerks serve. Computed once per department, it turns a queue's positions into
 * waits with `waitAt` in O(1) each instead of a median per ticket.
 */
export type ServiceRate =
  | { kind: 'estimate'; serviceMs: number; basis: 'history' | 'default'; samples: number; clerks: number }
  | { kind: 'no-clerk' }

/** The department-wide half of `estimateWait` (everything but `peopleAhead`). */
export function serviceRate(input: Omit<WaitInput, 'peopleAhead'>): ServiceRate {
  const clerks = Math.floor(input.clerksOnDuty)
  if (!Number.isFinite(clerks) || clerks < 1) return { kind: 'no-clerk' }
  const window = Math.max(1, Math.floor(input.window ?? DEFAULT_SERVICE_WINDOW))
  const minSamples = Math.max(1, Math.floor(input.minSamples ?? DEFAULT_MIN_SAMPLES))
  const valid = input.recentServiceMs.filter((d) => Number.isFinite(d) && d > 0).slice(-window)
  const fallback = input.defaultServiceMs
  const defaultMs =
    fallback !== undefined && Number.isFinite(fallback) && fallback > 0 ? fallback : DEFAULT_SERVICE_MS
  const fromHistory = valid.length >= minSamples
  return {
    kind: 'estimate',
    serviceMs: fromHistory ? median(valid) : defaultMs,
    basis: fromHistory ? 'history' : 'default',
    samples: valid.length,
    clerks,
  }
}

/** The estimated wait with `peopleAhead` tickets ahead, at a department's `rate` (see `estimateWait`). */
export function waitAt(rate: ServiceRate, peopleAhead: number): WaitEstimate {
  if (rate.kind === 'no-clerk') return rate
  const ahead = Number.isFinite(peopleAhead) ? Math.max(0, Math.floor(peopleAhead)) : 0
  return {
    kind: 'estimate',
    waitMs: Math.round((rate.serviceMs * ahead) / rate.clerks),
    serviceMs: rate.serviceMs,
    basis: rate.basis,
    samples: rate.samples,
  }
}

/**
 * The durations (ended minus started, in ms) of a department's most recent completed services, oldest
 * first, at most `window` of them: the input `estimateWait` expects. Tickets without both times are skipped.
 */
export function recentServiceDurations(
  tickets: readonly Ticket[],
  departmentId: string,
  window: number = DEFAULT_SERVICE_WINDOW,
): number[] {
  const done: { endedAt: number; duration: number }[] = []
  for (const t of tickets) {
    if (t.status !== 'done' || t.departmentId !== departmentId) continue
    if (t.startedAt == null || t.endedAt == null || t.endedAt < t.startedAt) continue
    done.push({ endedAt: t.endedAt, duration: t.endedAt - t.startedAt })
  }
  done.sort((a, b) => a.endedAt - b.endedAt)
  return done.slice(-Math.max(1, Math.floor(window))).map((d) => d.duration)
}
