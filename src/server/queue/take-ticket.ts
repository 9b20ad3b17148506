import type { Kysely, Transaction } from 'kysely'
import { serviceDay, ticketNumber } from '../../shared/queue'
import type { Language } from '../../shared/scene'
import { citizenError } from '../applications/api-errors'
import type { Database } from '../db/database'
import { newQueueId } from './ids'
import { clerksOnDutyFor } from './on-duty'
import type { TicketFlag } from './priority-rules'
import type { QueueTarget } from './queue-target'
import type { TicketContext } from './ticket-context'
import { OPEN_STATUSES, type TicketRow } from './ticket-rows'
import { hashTicketToken, newTicketToken } from './ticket-token'
import { isUniqueViolation } from './unique-violation'

/** What the citizen asked for, checked: see `resolveQueueTarget` and `checkTicketContext`. */
export type TakeTicketInput = {
  target: QueueTarget
  flags: readonly TicketFlag[]
  context: TicketContext
  /** The signed-in citizen, if any: the ticket is theirs too. */
  citizenId: string | null
  language: Language
  /** A token the client already holds (from its stored ticket): proves it holds that ticket. */
  presentedToken: string | null
}

/** The ticket and the token to hand over; `created` is false when the holder's open ticket came back. */
export type TakeTicketResult = { ticketId: string; token: string; created: boolean }

/** What a client that cannot take a ticket is offered instead. */
export const NO_CLERK_ALTERNATIVES = ['callback', 'appointment'] as const

const INSERT_ATTEMPTS = 3

/**
 * The holder's open ticket for the department: the one the presented token belongs to, or the
 * signed-in citizen's.
 */
async function openTicketOf(
  trx: Transaction<Database>,
  input: TakeTicketInput,
  now: number,
): Promise<{ row: TicketRow; byToken: boolean } | null> {
  const base = trx
    .selectFrom('tickets')
    .selectAll()
    .where('hall_id', '=', input.target.hall.id)
    .where('department_id', '=', input.target.department.id)
    .where('status', 'in', OPEN_STATUSES)
    // Yesterday's unserved ticket is no place in today's queue: the holder gets a new one.
    .where((eb) => eb.or([eb('status', '=', 'serving'), eb('service_day', '=', serviceDay(now))]))
  if (input.presentedToken !== null) {
    const row = await base
      .where('holder_token_hash', '=', hashTicketToken(input.presentedToken))
      .executeTakeFirst()
    if (row) return { row, byToken: true }
  }
  if (input.citizenId !== null) {
    const row = await base.where('citizen_id', '=', input.citizenId).orderBy('issued_at').executeTakeFirst()
    if (row) return { row, byToken: false }
  }
  return null
}

async function insertTicket(trx: Transaction<Database>, input: TakeTicketInput, now: number) {
  const day = serviceDay(now)
  const { hall, department, service } = input.target
  const highest = await trx
    .selectFrom('tickets')
    .select((eb) => eb.fn.max('sequence').as('max'))
    .where('hall_id', '=', hall.id)
    .where('department_id', '=', department.id)
    .where('service_day', '=', day)
    .executeTakeFirst()
  const sequence = Number(highest?.max ?? 0) + 1
  const token = newTicketToken()
  const id = newQueueId()
  await trx
    .insertInto('tickets')
    .values({
      id,
      hall_id: hall.id,
      department_id: department.id,
      service_id: service?.id ?? null,
      number: ticketNumber(department.letter, sequence),
      sequence,
      service_day: day,
      status: 'waiting',
      flags: JSON.stringify([...new Set(input.flags)].sort()),
      holder_token_hash: hashTicketToken(token),
      citizen_id: input.citizenId,
      resume_code: input.context.resumeCode,
      application_reference: input.context.applicationReference,
      language: input.language,
      clerk_id: null,
      counter_id: null,
      issued_at: now,
      called_at: null,
      started_at: null,
      ended_at: null,
    })
    .execute()
  return { ticketId: id, token, created: true }
}

/**
 * Takes a ticket, in one transaction: the holder's open ticket of the department comes back instead of
 * a second one (an open ticket of an earlier service day does not count; with the presented token; a signed-in citizen on another device gets a fresh token,
 * which ends the old one's access). Otherwise, when somebody of the department is on duty, a new
 * waiting ticket gets the department's next number of the service day (`A001`...). The unique
 * (hall, department, day, sequence) constraint turns a racing insert on another node into a retry.
 * @throws 409 `no_clerk_on_duty` (details.alternatives: callback, appointment) when nobody serves it now
 */
export async function takeTicket(
  db: Kysely<Database>,
  input: TakeTicketInput,
  now: number = Date.now(),
): Promise<TakeTicketResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        const open = await openTicketOf(trx, input, now)
        if (open?.byToken && input.presentedToken !== null)
          return { ticketId: open.row.id, token: input.presentedToken, created: false }
        if (open) {
          const token = newTicketToken()
          await trx
            .updateTable('tickets')
            .set({ holder_token_hash: hashTicketToken(token) })
            .where('id', '=', open.row.id)
            .execute()
          return { ticketId: open.row.id, token, created: false }
        }
        const onDuty = await clerksOnDutyFor(trx, input.target.hall.id, input.target.department.id)
        if (onDuty === 0)
          throw citizenError(input.language, 409, 'no_clerk_on_duty', {
            extra: { alternatives: NO_CLERK_ALTERNATIVES },
          })
        return insertTicket(trx, input, now)
      })
    } catch (error) {
      if (attempt < INSERT_ATTEMPTS && isUniqueViolation(error)) continue
      throw error
    }
  }
}
