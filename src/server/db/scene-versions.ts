import type { Kysely } from 'kysely'
import type { Database } from './database'

/**
 * One version of a hall the server has served. Later records (applications, tickets) reference the
 * exact scene version a citizen saw by (hall_id, content_hash).
 */
export interface SceneVersionsTable {
  hall_id: string
  /** sha256 hex of the hall's canonical JSON. */
  content_hash: string
  /** ISO 8601 UTC time the server first served this version; text so SQLite and PostgreSQL agree. */
  first_served_at: string
}

/**
 * Records each hall version being served, keeping the first time a version was seen.
 * @param versions hall id -> content hash
 * @param now the time to record for versions not seen before
 */
export async function recordSceneVersions(
  db: Kysely<Database>,
  versions: ReadonlyMap<string, string>,
  now: Date = new Date(),
): Promise<void> {
  if (versions.size === 0) return
  await db
    .insertInto('scene_versions')
    .values(
      [...versions].map(([hallId, hash]) => ({
        hall_id: hallId,
        content_hash: hash,
        first_served_at: now.toISOString(),
      })),
    )
    .onConflict((oc) => oc.columns(['hall_id', 'content_hash']).doNothing())
    .execute()
}

/** Every recorded version of a hall, oldest first. */
export async function listSceneVersions(db: Kysely<Database>, hallId: string): Promise<SceneVersionsTable[]> {
  return db
    .selectFrom('scene_versions')
    .selectAll()
    .where('hall_id', '=', hallId)
    .orderBy('first_served_at')
    .orderBy('content_hash')
    .execute()
}
