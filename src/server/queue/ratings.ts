import type { Kysely, Selectable } from 'kysely'
import { FOLLOW_UP_WORKING_DAYS, opensFollowUp, type RatingLevel } from '../../shared/feedback/levels'
import { serviceDay } from '../../shared/queue'
import type { Language } from '../../shared/scene'
import { citizenError } from '../applications/api-errors'
import { addWorkingDays } from '../applications/working-days'
import type { Database } from '../db/database'
import { newQueueId } from './ids'
import type { FollowUpsTable, RatingsTable } from './tables'
import type { TicketRow } from './ticket-rows'
import { isUniqueViolation } from './unique-violation'

export type RatingView = {
  id: string
  ticketId: string
  level: number
  comment: string | null
  createdAt: number
}
/** A follow-up case as the citizen sees it. */
export type FollowUpView = { id: string; status: string; dueDate: string }

const ratingView = (row: Selectable<RatingsTable>): RatingView => ({
  id: row.id,
  ticketId: row.ticket_id,
  level: row.level,
  comment: row.comment,
  createdAt: Number(row.created_at),
})

const followUpView = (row: Pick<Selectable<FollowUpsTable>, 'id' | 'status' | 'due_date'>): FollowUpView => ({
  id: row.id,
  status: row.status,
  dueDate: row.due_date,
})

/**
 * Rates a served ticket, once. A dissatisfied or very dissatisfied rating opens a follow-up case in the
 * same transaction, due `FOLLOW_UP_WORKING_DAYS` working days after the service day of `now`.
 * @throws 409 `not_served` unless the ticket is `done`; 409 `already_rated` for a second rating (the
 *   unique ticket column settles two at once)
 */
export async function rateTicket(
  db: Kysely<Database>,
  ticket: TicketRow,
  input: { level: RatingLevel; comment: string | null },
  language: Language,
  now: number = Date.now(),
): Promise<{ rating: RatingView; followUp: FollowUpView | null }> {
  if (ticket.status !== 'done') throw citizenError(language, 409, 'not_served')
  const rating: Selectable<RatingsTable> = {
    id: newQueueId(),
    ticket_id: ticket.id,
    level: input.level,
    comment: input.comment,
    created_at: now,
  }
  const followUp: Selectable<FollowUpsTable> | null = opensFollowUp(input.level)
    ? {
        id: newQueueId(),
        rating_id: rating.id,
        ticket_id: ticket.id,
        hall_id: ticket.hall_id,
        department_id: ticket.department_id,
        status: 'open',
        due_date: addWorkingDays(serviceDay(now), FOLLOW_UP_WORKING_DAYS),
        notes: null,
        created_at: now,
        closed_at: null,
      }
    : null
  try {
    await db.transaction().execute(async (trx) => {
      const earlier = await trx
        .selectFrom('ratings')
        .select('id')
        .where('ticket_id', '=', ticket.id)
        .executeTakeFirst()
      if (earlier) throw citizenError(language, 409, 'already_rated')
      await trx.insertInto('ratings').values(rating).execute()
      if (followUp) await trx.insertInto('follow_ups').values(followUp).execute()
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw citizenError(language, 409, 'already_rated')
    throw error
  }
  return { rating: ratingView(rating), followUp: followUp && followUpView(followUp) }
}

/** The follow-up case a ticket's rating opened, or null. */
export async function followUpOf(db: Kysely<Database>, ticketId: string): Promise<FollowUpView | null> {
  const row = await db
    .selectFrom('follow_ups')
    .select(['id', 'status', 'due_date'])
    .where('ticket_id', '=', ticketId)
    .executeTakeFirst()
  return row ? followUpView(row) : null
}
