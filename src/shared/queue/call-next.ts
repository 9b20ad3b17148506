import { compareTickets, NO_PRIORITY, type PriorityRule } from './priority'
import type { Ticket } from './ticket'

/** The tickets of a hall (any status; only waiting ones are called) and the priority rules in force. */
export type QueueState<T extends Ticket = Ticket> = {
  tickets: readonly T[]
  rules?: readonly PriorityRule[]
}

/**
 * Who presses "call next": a clerk's skills are the departments they serve. A clerk at a one-stop
 * counter has several (or all) of the hall's departments.
 */
export type ClerkSkills = { id: string; skills: readonly string[] }

/** Whether the clerk may serve this ticket: its department is one of the clerk's skills. */
export function canServe(clerk: ClerkSkills, ticket: Pick<Ticket, 'departmentId'>): boolean {
  return clerk.skills.includes(ticket.departmentId)
}

/**
 * The ticket a clerk gets on "call next": of the waiting tickets in the clerk's departments, the one
 * first in queue order (the longest waiting, after priority head starts; see `compareTickets`). Across
 * departments this is the same comparison, so a one-stop clerk takes whoever has waited longest in any
 * of them. Returns null when nobody the clerk can serve is waiting.
 *
 * Pure selection: it changes nothing. The server applies the `call` event in the same database
 * transaction that re-reads the queue, so two clerks calling at once never get the same ticket.
 */
export function callNext<T extends Ticket>(state: QueueState<T>, clerk: ClerkSkills): T | null {
  const rules = state.rules ?? NO_PRIORITY
  let best: T | null = null
  for (const t of state.tickets) {
    if (t.status !== 'waiting' || !canServe(clerk, t)) continue
    if (best === null || compareTickets(t, best, rules) < 0) best = t
  }
  return best
}
