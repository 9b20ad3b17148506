import type { Kysely, Selectable } from 'kysely'
import {
  DEFAULT_SERVICE_WINDOW,
  TICKET_STATUSES,
  serviceDay,
  type Ticket,
  type TicketStatus,
} from '../../shared/queue'
import type { Database } from '../db/database'
import type { TicketsTable } from './tables'

export type TicketRow = Selectable<TicketsTable>

/** A ticket as the shared queue logic reads it, with the hall and service it belongs to. */
export type QueueTicket = Ticket & { hallId: string; serviceId: string | null }

/** Statuses of a ticket still in play: waiting, or called to or being served at a counter. */
export const OPEN_STATUSES = ['waiting', 'called', 'serving'] as const satisfies readonly TicketStatus[]

/** How far back completed services count towards the estimated wait. */
export const SERVICE_HISTORY_MS = 14 * 86_400_000

const millis = (value: number | string | bigint | null): number | null =>
  value === null ? null : Number(value)

function readFlags(text: string): string[] {
  if (text === '[]') return []
  try {
    const parsed: unknown = JSON.parse(text)
    return Array.isArray(parsed) ? parsed.filter((f): f is string => typeof f === 'string') : []
  } catch {
    return []
  }
}

function readStatus(text: string): TicketStatus {
  // A status the code does not know (a newer server wrote it) counts as ended rather than waiting.
  return (TICKET_STATUSES as readonly string[]).includes(text) ? (text as TicketStatus) : 'cancelled'
}

/** A database row as the shared `Ticket` (epoch columns through `Number()`, flags parsed). */
export function ticketFromRow(row: TicketRow): QueueTicket {
  return {
    id: row.id,
    hallId: row.hall_id,
    departmentId: row.department_id,
    serviceId: row.service_id,
    number: row.number,
    sequence: row.sequence,
    serviceDay: row.service_day,
    issuedAt: Number(row.issued_at),
    status: readStatus(row.status),
    flags: readFlags(row.flags),
    clerkId: row.clerk_id,
    counterId: row.counter_id,
    calledAt: millis(row.called_at),
    startedAt: millis(row.started_at),
    endedAt: millis(row.ended_at),
  }
}

/** One ticket by id, or undefined. */
export async function findTicketRow(db: Kysely<Database>, ticketId: string): Promise<TicketRow | undefined> {
  return db.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirst()
}

/** The columns the queue order needs: loading only these keeps a queue of thousands cheap to read. */
const QUEUE_COLUMNS = [
  'id',
  'hall_id',
  'department_id',
  'service_id',
  'number',
  'sequence',
  'service_day',
  'status',
  'flags',
  'issued_at',
] as const

/**
 * The waiting tickets of a department taken on the service day of `now` (only the queue's columns: no
 * holder, clerk or call fields). Tickets an earlier day left waiting are not in the queue: nobody
 * serves them, and the stale-ticket sweep closes them.
 */
export async function waitingTickets(
  db: Kysely<Database>,
  hallId: string,
  departmentId: string,
  now: number = Date.now(),
): Promise<QueueTicket[]> {
  const rows = await db
    .selectFrom('tickets')
    .select(QUEUE_COLUMNS)
    .where('hall_id', '=', hallId)
    .where('department_id', '=', departmentId)
    .where('status', '=', 'waiting')
    .where('service_day', '=', serviceDay(now))
    .execute()
  return rows.map((row) => ({
    id: row.id,
    hallId: row.hall_id,
    departmentId: row.department_id,
    serviceId: row.service_id,
    number: row.number,
    sequence: row.sequence,
    serviceDay: row.service_day,
    status: 'waiting',
    flags: readFlags(row.flags),
    issuedAt: Number(row.issued_at),
  }))
}

/**
 * The tickets of service day `day` that may be ahead of one issued at `issuedUpTo` minus head starts,
 * with only what the queue order compares (issue time, sequence, flags, id): the lightest read for one
 * ticket's position.
 */
export async function waitingOrderKeys(
  db: Kysely<Database>,
  hallId: string,
  departmentId: string,
  issuedUpTo: number,
  day: string,
): Promise<Ticket[]> {
  const rows = await db
    .selectFrom('tickets')
    .select(['id', 'sequence', 'flags', 'issued_at'])
    .where('hall_id', '=', hallId)
    .where('department_id', '=', departmentId)
    .where('status', '=', 'waiting')
    .where('service_day', '=', day)
    .where('issued_at', '<=', issuedUpTo)
    .execute()
  return rows.map((row) => ({
    id: row.id,
    departmentId,
    number: '',
    sequence: row.sequence,
    serviceDay: '',
    status: 'waiting',
    flags: readFlags(row.flags),
    issuedAt: Number(row.issued_at),
  }))
}

/**
 * The department's most recent completed services (at most the estimate's window, within
 * `SERVICE_HISTORY_MS` of `now`): what the estimated wait is computed from.
 */
export async function recentDoneTickets(
  db: Kysely<Database>,
  hallId: string,
  departmentId: string,
  now: number,
): Promise<QueueTicket[]> {
  const rows = await db
    .selectFrom('tickets')
    .selectAll()
    .where('hall_id', '=', hallId)
    .where('department_id', '=', departmentId)
    .where('status', '=', 'done')
    .where('started_at', 'is not', null)
    .where('ended_at', '>=', now - SERVICE_HISTORY_MS)
    .orderBy('ended_at', 'desc')
    .limit(DEFAULT_SERVICE_WINDOW)
    .execute()
  return rows.map(ticketFromRow)
}
