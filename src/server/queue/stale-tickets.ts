import type { Kysely } from 'kysely'
import type { ServerMessage } from '../../shared/protocol'
import { applyTicketEvent, serviceDay } from '../../shared/queue'
import type { Database } from '../db/database'
import { topics, type Bus } from '../realtime/bus'
import type { QueueNotifierPort } from '../calls/ports'
import { ticketFromRow } from './ticket-rows'

/** How often a running server closes the tickets a past service day left open. */
export const STALE_TICKET_SWEEP_MS = 10 * 60_000

/** One ticket the sweep closed, and the call it ended (a called ticket's, if it had one). */
export type ClosedStaleTicket = {
  id: string
  hallId: string
  departmentId: string
  /** Where it went: `cancelled` from waiting, `no-show` from called. */
  status: 'cancelled' | 'no-show'
  endedCallId: string | null
}

/**
 * Closes the tickets an earlier service day (China time) left `waiting` or `called`: nobody will
 * serve them, and they must not stand at the front of the next morning's queue. A waiting ticket is
 * `cancelled`, a called one `no-show` (the shared state machine's moves), both with `ended_at`; a
 * called ticket's open call ends too, and its clerk, busy with nothing else, is freed: back to
 * `available` when signed in, `away` otherwise. `serving` tickets are left alone: the clerk serving one
 * ends it. Each ticket moves in its own transaction with a compare-and-set on its status, so a ticket
 * a clerk moves at the same instant keeps the clerk's move.
 * @param now epoch ms: tickets of service days before this moment's are closed
 */
export async function closeStaleTickets(
  db: Kysely<Database>,
  now: number = Date.now(),
): Promise<ClosedStaleTicket[]> {
  const today = serviceDay(now)
  const rows = await db
    .selectFrom('tickets')
    .selectAll()
    .where('status', 'in', ['waiting', 'called'])
    .where('service_day', '<', today)
    .execute()
  const closed: ClosedStaleTicket[] = []
  for (const row of rows) {
    const ticket = ticketFromRow(row)
    const event = ticket.status === 'called' ? 'no-show' : 'cancel'
    const moved = applyTicketEvent(ticket, { type: event }, now)
    if (!moved.ok) continue
    const status = moved.value.status as ClosedStaleTicket['status']
    const result = await db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('tickets')
        .set({ status, ended_at: now })
        .where('id', '=', row.id)
        .where('status', '=', row.status)
        .executeTakeFirst()
      if (Number(updated.numUpdatedRows) === 0) return null
      if (row.status !== 'called') return { endedCallId: null }
      const call = await trx
        .selectFrom('calls')
        .select('id')
        .where('ticket_id', '=', row.id)
        .where('ended_at', 'is', null)
        .executeTakeFirst()
      if (call) await trx.updateTable('calls').set({ ended_at: now }).where('id', '=', call.id).execute()
      if (row.clerk_id !== null) await freeClerk(trx, row.clerk_id, now)
      return { endedCallId: call?.id ?? null }
    })
    if (result)
      closed.push({
        id: row.id,
        hallId: row.hall_id,
        departmentId: row.department_id,
        status,
        endedCallId: result.endedCallId,
      })
  }
  return closed
}

/** A busy clerk whose called ticket was closed, and who has no other, is busy no more. */
async function freeClerk(db: Kysely<Database>, clerkId: string, now: number): Promise<void> {
  const other = await db
    .selectFrom('tickets')
    .select('id')
    .where('clerk_id', '=', clerkId)
    .where('status', 'in', ['called', 'serving'])
    .executeTakeFirst()
  if (other) return
  const session = await db
    .selectFrom('clerk_sessions')
    .select('id')
    .where('clerk_id', '=', clerkId)
    .where('expires_at', '>', now)
    .executeTakeFirst()
  await db
    .updateTable('clerks')
    .set({ state: session ? 'available' : 'away', state_since: now })
    .where('id', '=', clerkId)
    .where('state', '=', 'busy')
    .execute()
}

/** Tells holders, queues, boards and call parties what a sweep closed. */
export function publishClosed(
  closed: readonly ClosedStaleTicket[],
  notifier: QueueNotifierPort,
  bus: Bus<ServerMessage>,
  now: number,
): Promise<unknown> {
  const departments = new Set<string>()
  const calls: Promise<void>[] = []
  for (const ticket of closed) {
    notifier.ticketChanged(ticket.id)
    if (!departments.has(`${ticket.hallId}:${ticket.departmentId}`)) {
      departments.add(`${ticket.hallId}:${ticket.departmentId}`)
      notifier.departmentChanged(ticket.hallId, ticket.departmentId)
    }
    if (ticket.endedCallId !== null)
      calls.push(
        bus.publish(topics.call(ticket.endedCallId), {
          type: 'call.event',
          callId: ticket.endedCallId,
          event: 'ended',
          at: now,
        }),
      )
  }
  return Promise.all(calls)
}
