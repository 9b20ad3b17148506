import type { Kysely } from 'kysely'
import { applyTicketEvent } from '../../shared/queue'
import { setClerkState, type ClerkPrincipal } from '../clerks/clerks'
import type { Database } from '../db/database'
import { ticketFromRow } from '../queue/ticket-rows'
import type { TicketRow } from './ticket-rows'

/** The moves a clerk makes on a ticket called to them. */
export type ClerkTicketMove = 'start' | 'no-show' | 'requeue'

export type MoveResult =
  | { kind: 'moved'; ticket: TicketRow; callId: string | null }
  | { kind: 'not-found' }
  /** The shared state machine does not allow the move from the ticket's status. */
  | { kind: 'illegal'; ticket: TicketRow }

/**
 * Moves a ticket called to this clerk, in one transaction, by the shared state machine:
 * - `start`: the citizen answered (called -> serving); the clerk stays busy.
 * - `no-show`: nobody came (called -> no-show); the call ends and the clerk is available again.
 * - `requeue`: the clerk hands the ticket back at its old place (called -> waiting); its call is
 *   dropped (it never took place) and the clerk is available.
 * Tickets called to another clerk are `not-found`, like tickets that do not exist.
 */
export async function moveCalledTicket(
  db: Kysely<Database>,
  clerk: ClerkPrincipal,
  ticketId: string,
  move: ClerkTicketMove,
  now: number = Date.now(),
): Promise<MoveResult> {
  return db.transaction().execute(async (trx): Promise<MoveResult> => {
    const row = await trx
      .selectFrom('tickets')
      .selectAll()
      .where('id', '=', ticketId)
      .where('clerk_id', '=', clerk.id)
      .executeTakeFirst()
    if (!row) return { kind: 'not-found' }
    const moved = applyTicketEvent(ticketFromRow(row), { type: move }, now)
    if (!moved.ok) return { kind: 'illegal', ticket: row }
    const next = moved.value
    const changes = {
      status: next.status,
      clerk_id: next.clerkId ?? null,
      counter_id: next.counterId ?? null,
      called_at: next.calledAt ?? null,
      started_at: next.startedAt ?? null,
      ended_at: next.endedAt ?? null,
    }
    const updated = await trx
      .updateTable('tickets')
      .set(changes)
      .where('id', '=', row.id)
      .where('status', '=', row.status)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 0) return { kind: 'illegal', ticket: row }

    const call = await trx.selectFrom('calls').select('id').where('ticket_id', '=', row.id).executeTakeFirst()
    if (move === 'no-show' && call)
      await trx.updateTable('calls').set({ ended_at: now }).where('id', '=', call.id).execute()
    if (move === 'requeue' && call) await trx.deleteFrom('calls').where('id', '=', call.id).execute()
    if (move !== 'start') await setClerkState(trx, clerk.id, 'available', now)
    return { kind: 'moved', ticket: { ...row, ...changes }, callId: call?.id ?? null }
  })
}
