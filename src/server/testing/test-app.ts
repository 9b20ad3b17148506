import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { buildApp, type AppOptions } from '../app'
import { createDatabase, type Database } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { loadScenes } from '../scenes/load-scenes'
import { makeTempDir, removeTempDir, writeFixtureScenes } from './fixture-scenes'

export type TestApp = { app: FastifyInstance; db: Kysely<Database>; close: () => Promise<void> }

/**
 * Builds the app over fixture scenes and a migrated SQLite database in a temp folder.
 * `close()` closes both and removes the temp folders.
 */
export async function buildTestApp(overrides: Partial<AppOptions> = {}): Promise<TestApp> {
  const scenesDir = writeFixtureScenes()
  const dataDir = makeTempDir('onehall-db-')
  const db = createDatabase({ kind: 'sqlite', file: path.join(dataDir, 'test.sqlite') })
  await migrateToLatest(db)
  const app = await buildApp({
    scenes: await loadScenes(scenesDir),
    db,
    clientDir: path.join(dataDir, 'no-client'),
    version: '9.9.9-test',
    ...overrides,
  })
  return {
    app,
    db,
    close: async () => {
      await app.close()
      await db.destroy()
      removeTempDir(scenesDir)
      removeTempDir(dataDir)
    },
  }
}
