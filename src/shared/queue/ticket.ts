/**
 * The life of a ticket. `waiting` until a clerk calls it; `called` while the citizen is asked to come
 * (or to answer the video call); `serving` during the service; then one of the three ends.
 */
export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no-show', 'cancelled'] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

/** The statuses a ticket never leaves. */
export const FINAL_STATUSES: readonly TicketStatus[] = ['done', 'no-show', 'cancelled']

/**
 * One ticket, as the queue logic needs it. Times are epoch milliseconds so the same values come out of
 * SQLite, PostgreSQL and JSON without time-zone surprises. The database row may carry more (holder,
 * service, callback details); the queue functions only read these fields.
 */
export type Ticket = {
  id: string
  departmentId: string
  /** The displayed number, like `A023` (see `ticketNumber`). */
  number: string
  /** The department's running count for the service day, from 1; unlike `number` it never wraps. */
  sequence: number
  /** The service day in China time, `yyyy-mm-dd` (see `serviceDay`). */
  serviceDay: string
  issuedAt: number
  status: TicketStatus
  /** Flags that priority rules match, like `elderly`. */
  flags?: readonly string[]
  clerkId?: string | null
  counterId?: string | null
  calledAt?: number | null
  startedAt?: number | null
  endedAt?: number | null
}

/** Whether a ticket has reached one of its final statuses. */
export function isFinal(status: TicketStatus): boolean {
  return FINAL_STATUSES.includes(status)
}
