import type { Kysely, Transaction } from 'kysely'
import { applyTicketEvent, callNext, serviceDay } from '../../shared/queue'
import type { ClerkPrincipal } from '../clerks/clerks'
import type { Database } from '../db/database'
import { newQueueId } from '../queue/ids'
import { ticketFromRow } from '../queue/ticket-rows'
import { CALL_RULES, type TicketRow } from './ticket-rows'

/** What "call next" did: called a ticket (and opened its call), found nobody, or refused. */
export type CallNextResult =
  | { kind: 'called'; ticket: TicketRow; callId: string }
  | { kind: 'empty' }
  /** The clerk still has a called or serving ticket: finish that first. */
  | { kind: 'open'; number: string }

/** Thrown inside the transaction to roll it back (the clerk's state goes back as it was). */
class Nothing extends Error {
  constructor(readonly result: Exclude<CallNextResult, { kind: 'called' }>) {
    super(result.kind)
  }
}

/** The clerk's ticket that is still called or being served, if any. */
export async function openTicketOf(
  db: Kysely<Database> | Transaction<Database>,
  clerkId: string,
): Promise<TicketRow | undefined> {
  return db
    .selectFrom('tickets')
    .selectAll()
    .where('clerk_id', '=', clerkId)
    .where('status', 'in', ['called', 'serving'])
    .executeTakeFirst()
}

/**
 * "Call next", in one transaction: picks the ticket the shared `callNext` rules give this clerk (the
 * longest waiting in any of their departments), moves it waiting -> called with a compare-and-set
 * (`WHERE status = 'waiting'`; if another clerk got it first, the next candidate is tried), opens its
 * call and marks the clerk busy. Two clerks calling at the same instant never get the same ticket.
 *
 * The clerk's own row is updated first: on PostgreSQL that row lock makes a double-clicked "call next"
 * of one clerk wait for the first, which then shows up as an open ticket.
 */
export async function callNextTicket(
  db: Kysely<Database>,
  clerk: ClerkPrincipal,
  now: number = Date.now(),
): Promise<CallNextResult> {
  try {
    return await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('clerks')
        .set({ state: 'busy', state_since: now })
        .where('id', '=', clerk.id)
        .execute()
      const open = await openTicketOf(trx, clerk.id)
      if (open) throw new Nothing({ kind: 'open', number: open.number })
      if (clerk.departments.length === 0) throw new Nothing({ kind: 'empty' })

      const rows = await trx
        .selectFrom('tickets')
        .selectAll()
        .where('hall_id', '=', clerk.hallId)
        .where('department_id', 'in', clerk.departments)
        .where('status', '=', 'waiting')
        // Only today's queue: a ticket an earlier day left waiting is not called first thing.
        .where('service_day', '=', serviceDay(now))
        .execute()
      const byId = new Map(rows.map((row) => [row.id, row]))
      let candidates = rows.map(ticketFromRow)
      const skills = { id: clerk.id, skills: clerk.departments }
      for (;;) {
        const next = callNext({ tickets: candidates, rules: CALL_RULES }, skills)
        if (!next) throw new Nothing({ kind: 'empty' })
        candidates = candidates.filter((t) => t.id !== next.id)
        const moved = applyTicketEvent(
          next,
          { type: 'call', clerkId: clerk.id, counterId: clerk.counterId },
          now,
        )
        if (!moved.ok) continue
        const updated = await trx
          .updateTable('tickets')
          .set({
            status: moved.value.status,
            clerk_id: clerk.id,
            counter_id: clerk.counterId,
            called_at: now,
          })
          .where('id', '=', next.id)
          .where('status', '=', 'waiting')
          .executeTakeFirst()
        // Someone else called it between our read and our write: take the next one.
        if (Number(updated.numUpdatedRows) === 0) continue
        const callId = newQueueId()
        await trx
          .insertInto('calls')
          .values({ id: callId, ticket_id: next.id, clerk_id: clerk.id, created_at: now })
          .execute()
        const row = byId.get(next.id) as TicketRow
        return {
          kind: 'called' as const,
          callId,
          ticket: {
            ...row,
            status: 'called',
            clerk_id: clerk.id,
            counter_id: clerk.counterId,
            called_at: now,
          },
        }
      }
    })
  } catch (error) {
    if (error instanceof Nothing) return error.result
    throw error
  }
}
