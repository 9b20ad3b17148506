import type { Kysely } from 'kysely'
import type { Language, LocalizedText } from '../../shared/scene'
import type { Database } from '../db/database'
import type { LoadedScenes } from '../scenes/load-scenes'
import { citizenError } from './api-errors'
import { parseResumeCode } from './resume-code'
import { applicationView, type ApplicationView } from './submit'

export type HistoryEntry = { at: string; status: string; note: LocalizedText }

/**
 * An application and its status history, for its owner (signed in) or whoever has its resume code.
 * Anyone else gets the same 404 as for a reference that does not exist, so references cannot be probed.
 */
export async function trackApplication(
  db: Kysely<Database>,
  scenes: LoadedScenes,
  reference: string,
  who: { citizenId: string | null; code: string | undefined },
  language: Language,
): Promise<{ application: ApplicationView; history: HistoryEntry[] }> {
  const row = await db
    .selectFrom('applications')
    .selectAll()
    .where('reference', '=', reference.trim().toUpperCase())
    .executeTakeFirst()
  const code = who.code ? parseResumeCode(who.code) : null
  const allowed =
    row && ((row.citizen_id !== null && row.citizen_id === who.citizenId) || row.resume_code === code)
  if (!row || !allowed) throw citizenError(language, 404, 'application_not_found')
  const history = await db
    .selectFrom('application_status_history')
    .selectAll()
    .where('reference', '=', row.reference)
    .orderBy('at')
    .orderBy('id')
    .execute()
  return {
    application: applicationView(row, scenes),
    history: history.map((h) => ({ at: h.at, status: h.status, note: { zh: h.note_zh, en: h.note_en } })),
  }
}

/** A citizen's applications, newest first. */
export async function listCitizenApplications(
  db: Kysely<Database>,
  scenes: LoadedScenes,
  citizenId: string,
): Promise<ApplicationView[]> {
  const rows = await db
    .selectFrom('applications')
    .selectAll()
    .where('citizen_id', '=', citizenId)
    .orderBy('submitted_at', 'desc')
    .orderBy('reference', 'desc')
    .execute()
  return rows.map((row) => applicationView(row, scenes))
}
