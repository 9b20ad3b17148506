import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../db/database'
import { newQueueId } from './ids'
import type { CallbacksTable } from './tables'

/** The parts of a day a citizen may ask to be called back in. */
export const CALLBACK_PARTS = ['morning', 'afternoon'] as const

/** A callback request as the API shows it. */
export type CallbackView = {
  id: string
  hallId: string
  departmentId: string
  serviceId: string | null
  name: string
  phone: string
  preferredDay: string
  preferredPart: string
  status: string
  createdAt: number
}

export function callbackView(row: Selectable<CallbacksTable>): CallbackView {
  return {
    id: row.id,
    hallId: row.hall_id,
    departmentId: row.department_id,
    serviceId: row.service_id,
    name: row.name,
    phone: row.phone,
    preferredDay: row.preferred_day,
    preferredPart: row.preferred_part,
    status: row.status,
    createdAt: Number(row.created_at),
  }
}

/** Stores a checked callback request (status `open`) and returns it. */
export async function createCallback(
  db: Kysely<Database>,
  input: {
    hallId: string
    departmentId: string
    serviceId: string | null
    name: string
    phone: string
    preferredDay: string
    preferredPart: (typeof CALLBACK_PARTS)[number]
    citizenId: string | null
    language: string
  },
  now: number = Date.now(),
): Promise<CallbackView> {
  const row: Selectable<CallbacksTable> = {
    id: newQueueId(),
    hall_id: input.hallId,
    department_id: input.departmentId,
    service_id: input.serviceId,
    name: input.name,
    phone: input.phone,
    preferred_day: input.preferredDay,
    preferred_part: input.preferredPart,
    citizen_id: input.citizenId,
    language: input.language,
    status: 'open',
    created_at: now,
  }
  await db.insertInto('callbacks').values(row).execute()
  return callbackView(row)
}

/**
 * The open callback requests of some departments of a hall, by preferred day then arrival: what the
 * clerks' console lists.
 */
export async function listOpenCallbacks(
  db: Kysely<Database>,
  hallId: string,
  departmentIds: readonly string[],
): Promise<CallbackView[]> {
  if (departmentIds.length === 0) return []
  const rows = await db
    .selectFrom('callbacks')
    .selectAll()
    .where('hall_id', '=', hallId)
    .where('department_id', 'in', departmentIds)
    .where('status', '=', 'open')
    .orderBy('preferred_day')
    .orderBy('created_at')
    .execute()
  return rows.map(callbackView)
}
