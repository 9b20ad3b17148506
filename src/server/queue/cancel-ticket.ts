import type { Kysely } from 'kysely'
import { applyTicketEvent } from '../../shared/queue'
import type { Database } from '../db/database'
import { ticketFromRow, type TicketRow } from './ticket-rows'

/** What a holder's cancel did: the ticket ended (and the call it ended, if it had been called). */
export type CancelResult =
  | { kind: 'cancelled'; endedCallId: string | null; at: number }
  /** Already ended, or moved by a clerk meanwhile (the holder re-reads it and may try again). */
  | { kind: 'closed' }

/**
 * The holder gives a ticket up (waiting or called -> cancelled), in one transaction. A called ticket's
 * clerk was waiting for this citizen: the open call ends (`calls.ended_at`) and the clerk, busy with
 * nothing else, is no longer held: `wrap-up` when the call had begun (chat lines were exchanged, so the
 * clerk may have notes to write), `available` when it never did.
 * @param row the ticket as read when the holder was checked; a compare-and-set on its status keeps a
 *   clerk's move made in between
 */
export async function cancelTicket(
  db: Kysely<Database>,
  row: TicketRow,
  now: number = Date.now(),
): Promise<CancelResult> {
  const moved = applyTicketEvent(ticketFromRow(row), { type: 'cancel' }, now)
  if (!moved.ok) return { kind: 'closed' }
  return db.transaction().execute(async (trx): Promise<CancelResult> => {
    const updated = await trx
      .updateTable('tickets')
      .set({ status: moved.value.status, ended_at: now })
      .where('id', '=', row.id)
      .where('status', '=', row.status)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) !== 1) return { kind: 'closed' }
    if (row.status !== 'called') return { kind: 'cancelled', endedCallId: null, at: now }

    const call = await trx
      .selectFrom('calls')
      .select(['id', 'clerk_id'])
      .where('ticket_id', '=', row.id)
      .where('ended_at', 'is', null)
      .executeTakeFirst()
    if (call) await trx.updateTable('calls').set({ ended_at: now }).where('id', '=', call.id).execute()
    const clerkId = call?.clerk_id ?? row.clerk_id
    if (clerkId !== null) {
      const other = await trx
        .selectFrom('tickets')
        .select('id')
        .where('clerk_id', '=', clerkId)
        .where('status', 'in', ['called', 'serving'])
        .executeTakeFirst()
      const talked = call
        ? await trx.selectFrom('chat_messages').select('id').where('call_id', '=', call.id).executeTakeFirst()
        : undefined
      if (!other)
        await trx
          .updateTable('clerks')
          .set({ state: talked ? 'wrap-up' : 'available', state_since: now })
          .where('id', '=', clerkId)
          .where('state', '=', 'busy')
          .execute()
    }
    return { kind: 'cancelled', endedCallId: call?.id ?? null, at: now }
  })
}
