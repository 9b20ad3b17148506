import type { Kysely } from 'kysely'
import { moveCalledTicket } from '../calls/ticket-moves'
import type { TicketRow } from '../calls/ticket-rows'
import type { ClerkPrincipal } from '../clerks/clerks'
import type { Database } from '../db/database'

/** What leaving the desk did to the clerk's open ticket. */
export type LeaveResult =
  /** Nothing was called to the clerk, or the called ticket went back to the queue at its old place. */
  | { kind: 'free'; requeued: { ticket: TicketRow; callId: string | null } | null }
  /** The clerk is serving a citizen: that ticket stays theirs until they end it. */
  | { kind: 'serving'; number: string }

/**
 * A clerk leaves the desk (goes away, or signs out of their last session). The least surprising end
 * for their open ticket: a `called` one, whose citizen has not been served yet, goes back to the queue
 * keeping its place (the shared `requeue` move; its unstarted call is dropped) so another clerk can
 * call it; a `serving` one stays with the clerk, who is mid-service and must end it.
 */
export async function leaveDesk(db: Kysely<Database>, clerk: ClerkPrincipal): Promise<LeaveResult> {
  const open = await db
    .selectFrom('tickets')
    .select(['id', 'number', 'status'])
    .where('clerk_id', '=', clerk.id)
    .where('status', 'in', ['called', 'serving'])
    .orderBy('status', 'desc')
    .execute()
  const serving = open.find((t) => t.status === 'serving')
  if (serving) return { kind: 'serving', number: serving.number }
  const called = open[0]
  if (!called) return { kind: 'free', requeued: null }
  const moved = await moveCalledTicket(db, clerk, called.id, 'requeue')
  // Moved by someone else meanwhile (the citizen cancelled): nothing is left to hand back.
  if (moved.kind !== 'moved') return { kind: 'free', requeued: null }
  return { kind: 'free', requeued: { ticket: moved.ticket, callId: moved.callId } }
}
