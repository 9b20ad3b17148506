import type { PriorityRule } from '../../shared/queue'

/** The priority flags a citizen may claim when taking a ticket. */
export const TICKET_FLAGS = ['elderly', 'disabled', 'pregnant'] as const
export type TicketFlag = (typeof TICKET_FLAGS)[number]

/**
 * The hall's priority rules: each flag moves a ticket 15 minutes forward. Bounded, so a run of priority
 * tickets cannot keep everyone else waiting forever (see `PriorityRule`). Everything that orders the
 * queue (positions, boards, "call next") uses these same rules.
 */
export const QUEUE_PRIORITY_RULES: readonly PriorityRule[] = TICKET_FLAGS.map((flag) => ({
  flag,
  headStartMinutes: 15,
}))

/** The largest head start any rule gives, in milliseconds. */
export const MAX_HEAD_START_MS = Math.max(0, ...QUEUE_PRIORITY_RULES.map((r) => r.headStartMinutes)) * 60_000
