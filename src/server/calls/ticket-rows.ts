import type { PriorityRule } from '../../shared/queue'
import { QUEUE_PRIORITY_RULES } from '../queue/priority-rules'
import { ticketFromRow, type TicketRow } from '../queue/ticket-rows'
import { buildTicketView, type TicketView } from '../queue/ticket-view'
import type { LoadedScenes } from '../scenes/load-scenes'

export type { TicketRow }

/** The priority rules call-next applies: the queue's own, so "position 1" is the one called next. */
export const CALL_RULES: readonly PriorityRule[] = QUEUE_PRIORITY_RULES

/**
 * A called, served or ended ticket as the clerk sees it: the queue's `TicketView` (no position or
 * wait, which only waiting tickets have), with the call the clerk opened.
 */
export function clerkTicketView(row: TicketRow, scenes: LoadedScenes, callId: string | null): TicketView {
  return buildTicketView(scenes, ticketFromRow(row), null, callId)
}
