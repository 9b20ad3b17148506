import type { Kysely } from 'kysely'
import type { Register } from '../../shared/flow'
import type { Database } from '../db/database'
import { REGISTER_FIELDS, REGISTER_TABLES, isHeldRegister, type RegisterValues } from './registers'

/** Who reads: the citizen themself, a form pre-fill on their behalf, or a named clerk. */
export type RecordsActor = { kind: 'citizen' | 'prefill' | 'clerk'; name: string }

export type ReadRecordsRequest = {
  citizenId: string
  registers: readonly Register[]
  actor: RecordsActor
  /** Why, in words the citizen will read on "who looked at my data". */
  purpose: string
  serviceId?: string
}

/** Each requested register's values, or null when it holds nothing about the citizen (or is not simulated). */
export type RecordsResult = Partial<Record<Register, RegisterValues | null>>

/**
 * The one way register data is read. Reads each requested register about one citizen and writes one
 * access-log row per register read, in the same transaction: if the log cannot be written, the read
 * fails and nothing is returned. A register the citizen has no entry in is still logged (the lookup
 * itself is an access); registers without a simulated table are neither read nor logged.
 *
 * In production this module is the seam to the real registers (other departments' data-sharing APIs):
 * replace the table reads, keep the transaction with the access log.
 */
export async function readRecords(db: Kysely<Database>, request: ReadRecordsRequest): Promise<RecordsResult> {
  const registers = [...new Set(request.registers)]
  return db.transaction().execute(async (trx) => {
    const result: RecordsResult = {}
    const at = new Date().toISOString()
    for (const register of registers) {
      if (!isHeldRegister(register)) {
        result[register] = null
        continue
      }
      const row = await trx
        .selectFrom(REGISTER_TABLES[register])
        .selectAll()
        .where('citizen_id', '=', request.citizenId)
        .executeTakeFirst()
      await trx
        .insertInto('access_log')
        .values({
          citizen_id: request.citizenId,
          at,
          actor_kind: request.actor.kind,
          actor_name: request.actor.name,
          register,
          purpose: request.purpose,
          service_id: request.serviceId ?? null,
        })
        .execute()
      result[register] = row ? REGISTER_FIELDS[register](row as Record<string, unknown>) : null
    }
    return result
  })
}
