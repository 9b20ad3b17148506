import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { TicketView } from '../queue/ticket-view'
import type { LoadedScenes } from '../scenes/load-scenes'
import { clerkTicketView } from './ticket-rows'

/** Where the clerk's open work stands: waiting for the citizen, in the call, or after-call work. */
export type CurrentCallPhase = 'called' | 'serving' | 'wrap-up'

/** The clerk's open call, as `GET /api/clerk/current` answers it. */
export type CurrentCall = { callId: string; ticket: TicketView; startedAt: number; phase: CurrentCallPhase }

/**
 * The clerk's open work, so a console that lost it (page reload, crashed browser) can carry on:
 * - a call whose ticket is still called or being served (at most one: call-next refuses a second);
 * - otherwise the latest call that ended with the ticket done but was never wrapped up.
 * Calls ended by a no-show are not open work (the clerk is available again and there is nothing to
 * wrap up); requeued tickets have no call left. Other clerks' calls are never read.
 * `startedAt` is when the call was opened (call next).
 */
export async function readCurrentCall(
  db: Kysely<Database>,
  scenes: LoadedScenes,
  clerkId: string,
): Promise<CurrentCall | null> {
  const rows = await db
    .selectFrom('calls')
    .innerJoin('tickets', 'tickets.id', 'calls.ticket_id')
    .selectAll('tickets')
    .select(['calls.id as call_id', 'calls.created_at as call_created_at', 'calls.ended_at as call_ended_at'])
    .where('calls.clerk_id', '=', clerkId)
    .where('calls.wrapped_up_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('calls.ended_at', 'is', null), eb('tickets.status', 'in', ['called', 'serving'])]),
        eb.and([eb('calls.ended_at', 'is not', null), eb('tickets.status', '=', 'done')]),
      ]),
    )
    .orderBy('calls.created_at', 'desc')
    .execute()
  const row = rows.find((r) => r.call_ended_at === null) ?? rows[0]
  if (!row) return null
  const { call_id: callId, call_created_at: createdAt, call_ended_at: _ended, ...ticket } = row
  const phase: CurrentCallPhase =
    ticket.status === 'called' ? 'called' : ticket.status === 'serving' ? 'serving' : 'wrap-up'
  return { callId, ticket: clerkTicketView(ticket, scenes, callId), startedAt: Number(createdAt), phase }
}
