import {
  DEFAULT_SERVICE_WINDOW,
  recentServiceDurations,
  serviceRate,
  waitAt,
  type ServiceRate,
  type WaitEstimate,
} from './estimated-wait'
import { queuePositions } from './ordering'
import { NO_PRIORITY, type PriorityRule } from './priority'
import type { Ticket } from './ticket'

export type StandingsOptions = {
  rules?: readonly PriorityRule[]
  /** Clerks on duty who serve a department (one-stop clerks count for each of their departments). */
  clerksOnDuty: (departmentId: string) => number
  /** A department's assumed service time, when it has one configured. */
  defaultServiceMs?: (departmentId: string) => number | undefined
  /** @default DEFAULT_SERVICE_WINDOW */
  window?: number
}

/** Where a waiting ticket stands: its place in the department's queue and the estimated wait. */
export type Standing = { position: number; wait: WaitEstimate }

/**
 * The position and estimated wait of every waiting ticket, in one pass over the tickets: what the server
 * pushes to ticket holders after each change. `tickets` should include the department's recently
 * completed ones, which supply the service times (see `estimateWait`).
 */
export function queueStandings(tickets: readonly Ticket[], options: StandingsOptions): Map<string, Standing> {
  const positions = queuePositions(tickets, options.rules ?? NO_PRIORITY)
  // The service rate is the same for a whole department: one median per department, not per ticket
  // (per ticket it cost ~100 ms for a queue of 5,000).
  const rates = new Map<string, ServiceRate>()
  const standings = new Map<string, Standing>()
  for (const t of tickets) {
    const position = positions.get(t.id)
    if (position === undefined) continue
    let rate = rates.get(t.departmentId)
    if (!rate) {
      rate = departmentRate(tickets, t.departmentId, options)
      rates.set(t.departmentId, rate)
    }
    standings.set(t.id, { position, wait: waitAt(rate, position - 1) })
  }
  return standings
}

/**
 * A department's service rate from its completed tickets among `tickets`: what `queueStandings` uses
 * for every waiting ticket of it, and what a publisher can send once instead of a wait per ticket.
 */
export function departmentRate(
  tickets: readonly Ticket[],
  departmentId: string,
  options: Omit<StandingsOptions, 'rules'>,
): ServiceRate {
  const window = options.window ?? DEFAULT_SERVICE_WINDOW
  return serviceRate({
    clerksOnDuty: options.clerksOnDuty(departmentId),
    recentServiceMs: recentServiceDurations(tickets, departmentId, window),
    defaultServiceMs: options.defaultServiceMs?.(departmentId),
    window: options.window,
  })
}
