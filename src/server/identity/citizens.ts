import type { Kysely } from 'kysely'
import type { LocalizedText } from '../../shared/scene'
import type { Database } from '../db/database'

/** A demo e-ID identity as the API shows it. */
export type CitizenSummary = { id: string; displayName: LocalizedText }

/** `110105196804120313` -> `1101**********0313`: enough to recognise one's own, not to use it. */
export function maskIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 4)}${'*'.repeat(Math.max(0, idNumber.length - 8))}${idNumber.slice(-4)}`
}

/** The demo identities one can sign in as, with masked ID numbers. */
export async function listDemoCitizens(
  db: Kysely<Database>,
): Promise<(CitizenSummary & { maskedId: string })[]> {
  const rows = await db.selectFrom('citizens').selectAll().orderBy('id').execute()
  return rows.map((row) => ({
    id: row.id,
    displayName: { zh: row.display_name_zh, en: row.display_name_en },
    maskedId: maskIdNumber(row.id_number),
  }))
}

/** One citizen by id, or undefined. */
export async function findCitizen(db: Kysely<Database>, id: string): Promise<CitizenSummary | undefined> {
  const row = await db.selectFrom('citizens').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? { id: row.id, displayName: { zh: row.display_name_zh, en: row.display_name_en } } : undefined
}
