import type { Ticket } from './ticket'

/**
 * A priority rule as data: tickets carrying `flag` are ordered as though taken `headStartMinutes`
 * earlier. A bounded head start (say 15 minutes for `elderly`) moves them forward without letting a
 * stream of priority tickets starve everyone else; a very large one makes the flag absolute.
 */
export type PriorityRule = { flag: string; headStartMinutes: number }

/** No priority: plain first come, first served. */
export const NO_PRIORITY: readonly PriorityRule[] = []

const MS_PER_MINUTE = 60_000

/**
 * The head start a ticket earns, in milliseconds: the largest of its matching rules (rules do not add
 * up, so two flags are not worth more than the best one). Negative or non-finite head starts count as 0.
 */
export function headStartMs(ticket: Pick<Ticket, 'flags'>, rules: readonly PriorityRule[]): number {
  let best = 0
  if (!ticket.flags || ticket.flags.length === 0) return 0
  for (const rule of rules) {
    const minutes = Number.isFinite(rule.headStartMinutes) ? rule.headStartMinutes : 0
    if (minutes > 0 && ticket.flags.includes(rule.flag)) best = Math.max(best, minutes * MS_PER_MINUTE)
  }
  return best
}

/**
 * The queue order, a total order so every server and client sorts the same tickets the same way: the
 * effective issue time (issued minus head start) first, then the issue time, then the day's sequence,
 * then the id. Negative when `a` goes before `b`.
 */
export function compareTickets(
  a: Pick<Ticket, 'id' | 'issuedAt' | 'sequence' | 'flags'>,
  b: Pick<Ticket, 'id' | 'issuedAt' | 'sequence' | 'flags'>,
  rules: readonly PriorityRule[] = NO_PRIORITY,
): number {
  const ea = a.issuedAt - headStartMs(a, rules)
  const eb = b.issuedAt - headStartMs(b, rules)
  if (ea !== eb) return ea - eb
  if (a.issuedAt !== b.issuedAt) return a.issuedAt - b.issuedAt
  if (a.sequence !== b.sequence) return a.sequence - b.sequence
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
