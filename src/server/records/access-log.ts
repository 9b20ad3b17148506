import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { RecordsActor } from './read-records'

/** One line of "who looked at my data". */
export type AccessLogEntry = {
  at: string
  actor: RecordsActor
  register: string
  purpose: string
  serviceId?: string
}

/** Every access to a citizen's records, newest first. Reading the log is not itself a register read. */
export async function listAccessLog(db: Kysely<Database>, citizenId: string): Promise<AccessLogEntry[]> {
  const rows = await db
    .selectFrom('access_log')
    .selectAll()
    .where('citizen_id', '=', citizenId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute()
  return rows.map((row) => ({
    at: row.at,
    actor: { kind: row.actor_kind, name: row.actor_name },
    register: row.register,
    purpose: row.purpose,
    ...(row.service_id ? { serviceId: row.service_id } : {}),
  }))
}
