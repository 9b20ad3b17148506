import {
  DEFAULT_SERVICE_WINDOW,
  estimateWait,
  recentServiceDurations,
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
  const history = new Map<string, number[]>()
  const standings = new Map<string, Standing>()
  for (const t of tickets) {
    const position = positions.get(t.id)
    if (position === undefined) continue
    let recent = history.get(t.departmentId)
    if (!recent) {
      recent = recentServiceDurations(tickets, t.departmentId, options.window ?? DEFAULT_SERVICE_WINDOW)
      history.set(t.departmentId, recent)
    }
    const wait = estimateWait({
      peopleAhead: position - 1,
      clerksOnDuty: options.clerksOnDuty(t.departmentId),
      recentServiceMs: recent,
      defaultServiceMs: options.defaultServiceMs?.(t.departmentId),
      window: options.window,
    })
    standings.set(t.id, { position, wait })
  }
  return standings
}
