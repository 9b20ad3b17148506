import { Migrator, type Kysely, type MigrationResult } from 'kysely'
import type { Database } from './database'
import { migrations } from './migrations'

/**
 * Brings the database schema up to date; already-applied migrations are skipped, so it is safe
 * to run at every start.
 * @returns the migrations applied by this call (empty when the schema was already current)
 * @throws the failing migration's error, naming the migration
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const { error, results = [] } = await migrator.migrateToLatest()
  if (error) {
    const failed = results.find((r) => r.status === 'Error')
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`Database migration ${failed ? `"${failed.migrationName}" ` : ''}failed: ${reason}`, {
      cause: error,
    })
  }
  return results
}
