import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { serviceDay, ticketNumber } from '../../../shared/queue'
import type { Database } from '../../db/database'
import { snapshot, TEST_HALL } from '../../testing/test-app'

const LETTERS: Record<string, string> = { 'social-security': 'A', tax: 'B' }
let sequence = 0

/** A ticket of the fixture hall to insert straight into the database (the queue module takes real ones). */
export type TestTicket = {
  departmentId?: string
  issuedAt?: number
  status?: string
  citizenId?: string | null
  resumeCode?: string | null
  applicationReference?: string | null
  serviceId?: string | null
  flags?: string[]
  language?: 'zh' | 'en'
  /** @default today's service day (China time) */
  serviceDay?: string
}

/** Inserts a waiting ticket and returns its id, number and holder token. */
export async function insertTicket(
  t: { db: Kysely<Database> },
  spec: TestTicket = {},
): Promise<{ id: string; number: string; token: string }> {
  const departmentId = spec.departmentId ?? 'social-security'
  const seq = ++sequence
  const id = randomBytes(12).toString('base64url')
  const token = randomBytes(32).toString('base64url')
  const number = ticketNumber(LETTERS[departmentId] ?? 'Z', seq)
  await t.db
    .insertInto('tickets')
    .values({
      id,
      hall_id: TEST_HALL,
      department_id: departmentId,
      service_id: spec.serviceId ?? null,
      number,
      sequence: seq,
      service_day: spec.serviceDay ?? serviceDay(Date.now()),
      status: spec.status ?? 'waiting',
      flags: JSON.stringify(spec.flags ?? []),
      holder_token_hash: createHash('sha256').update(token).digest('hex'),
      citizen_id: spec.citizenId ?? null,
      resume_code: spec.resumeCode ?? null,
      application_reference: spec.applicationReference ?? null,
      language: spec.language ?? 'zh',
      issued_at: spec.issuedAt ?? Date.now(),
    })
    .execute()
  return { id, number, token }
}

/**
 * Moves a ticket as a clerk would (the clerk module does this for real): called to a counter with a
 * call row, or served from `startedAt` to `endedAt`.
 */
export async function serveTicket(
  db: Kysely<Database>,
  ticketId: string,
  clerkId: string,
  times: { calledAt?: number; startedAt?: number; endedAt?: number; counterId?: string } = {},
): Promise<string> {
  const calledAt = times.calledAt ?? Date.now()
  const callId = `call-${ticketId}`
  await db
    .updateTable('tickets')
    .set({
      status: times.endedAt !== undefined ? 'done' : times.startedAt !== undefined ? 'serving' : 'called',
      clerk_id: clerkId,
      counter_id: times.counterId ?? 'counter-01',
      called_at: calledAt,
      started_at: times.startedAt ?? null,
      ended_at: times.endedAt ?? null,
    })
    .where('id', '=', ticketId)
    .execute()
  await db
    .insertInto('calls')
    .values({
      id: callId,
      ticket_id: ticketId,
      clerk_id: clerkId,
      created_at: calledAt,
      ended_at: times.endedAt ?? null,
      outcome: null,
      notes: null,
      wrapped_up_at: null,
    })
    .execute()
  return callId
}

const QUEUE_TABLES = ['tickets', 'callbacks', 'appointments', 'ratings', 'follow_ups', 'calls'] as const

/** Every row of the queue's tables, to compare before and after a refused request. */
export const queueSnapshot = (db: Kysely<Database>) => snapshot(db, QUEUE_TABLES)
