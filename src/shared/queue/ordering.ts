import { compareTickets, NO_PRIORITY, type PriorityRule } from './priority'
import type { Ticket } from './ticket'

/**
 * The waiting tickets of one department in the order they will be called (see `compareTickets`).
 * Called, serving and finished tickets are not in the queue.
 */
export function departmentQueue<T extends Ticket>(
  tickets: readonly T[],
  departmentId: string,
  rules: readonly PriorityRule[] = NO_PRIORITY,
): T[] {
  return tickets
    .filter((t) => t.status === 'waiting' && t.departmentId === departmentId)
    .sort((a, b) => compareTickets(a, b, rules))
}

/**
 * The place of every waiting ticket in its department's queue, 1 for the next to be called. Positions
 * in each department run 1..n without gaps. Computed in one pass so the server can push every position
 * after a change without sorting once per ticket.
 */
export function queuePositions(
  tickets: readonly Ticket[],
  rules: readonly PriorityRule[] = NO_PRIORITY,
): Map<string, number> {
  const byDepartment = new Map<string, Ticket[]>()
  for (const t of tickets) {
    if (t.status !== 'waiting') continue
    const list = byDepartment.get(t.departmentId)
    if (list) list.push(t)
    else byDepartment.set(t.departmentId, [t])
  }
  const positions = new Map<string, number>()
  for (const list of byDepartment.values()) {
    list.sort((a, b) => compareTickets(a, b, rules))
    list.forEach((t, index) => positions.set(t.id, index + 1))
  }
  return positions
}

/**
 * The place of one ticket in its department's queue (1 = next), or null when it is not waiting (called,
 * being served, finished) or unknown.
 */
export function queuePosition(
  tickets: readonly Ticket[],
  ticketId: string,
  rules: readonly PriorityRule[] = NO_PRIORITY,
): number | null {
  const ticket = tickets.find((t) => t.id === ticketId)
  if (!ticket || ticket.status !== 'waiting') return null
  let ahead = 0
  for (const t of tickets)
    if (
      t.status === 'waiting' &&
      t.departmentId === ticket.departmentId &&
      t.id !== ticket.id &&
      compareTickets(t, ticket, rules) < 0
    )
      ahead++
  return ahead + 1
}
