import { existsSync } from 'node:fs'
import path from 'node:path'
import { NO_MIGRATIONS, type Kysely } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir, removeTempDir } from '../testing/fixture-scenes'
import { createDatabase, type Database } from './database'
import { migrateToLatest } from './migrate'
import { migrations } from './migrations'
import { listSceneVersions, recordSceneVersions } from './scene-versions'

let dir: string
let db: Kysely<Database> | undefined
afterEach(async () => {
  await db?.destroy()
  db = undefined
  removeTempDir(dir)
})

function open(): Kysely<Database> {
  dir = makeTempDir('onehall-db-')
  db = createDatabase({ kind: 'sqlite', file: path.join(dir, 'nested', 'folder', 'onehall.sqlite') })
  return db
}

describe('database', () => {
  it('creates the folder and opens SQLite in WAL mode with foreign keys on', async () => {
    const db = open()
    expect(existsSync(path.join(dir, 'nested', 'folder'))).toBe(true)
    const { sql } = await import('kysely')
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db)
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db)
    expect(mode.rows[0]?.journal_mode).toBe('wal')
    expect(fk.rows[0]?.foreign_keys).toBe(1)
  })

  it('migrations run in name order, create scene_versions and are idempotent', async () => {
    const db = open()
    const first = await migrateToLatest(db)
    expect(first.map((r) => r.migrationName)).toEqual(Object.keys(migrations).sort())
    expect(first.map((r) => r.status)).toEqual(first.map(() => 'Success'))
    expect(first[0]?.migrationName).toBe('001-scene-versions')
    const tables = await db.introspection.getTables()
    const table = tables.find((t) => t.name === 'scene_versions')
    expect(table?.columns.map((c) => c.name).sort()).toEqual(['content_hash', 'first_served_at', 'hall_id'])

    expect(await migrateToLatest(db)).toEqual([])
  })

  it('every migration can be undone, newest first, leaving no table behind', async () => {
    const db = open()
    await migrateToLatest(db)
    const { Migrator } = await import('kysely')
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
    const down = await migrator.migrateTo(NO_MIGRATIONS)
    expect(down.error).toBeUndefined()
    expect(down.results?.map((r) => r.migrationName)).toEqual(Object.keys(migrations).sort().reverse())
    const left = (await db.introspection.getTables()).map((t) => t.name)
    expect(left).toEqual([])
  })

  it('records each hall version once, keeping the first time it was served', async () => {
    const db = open()
    await migrateToLatest(db)
    const first = new Date('2026-01-01T08:00:00.000Z')
    await recordSceneVersions(db, new Map([['city-centre', 'a'.repeat(64)]]), first)
    await recordSceneVersions(
      db,
      new Map([
        ['city-centre', 'a'.repeat(64)],
        ['grid-200', 'c'.repeat(64)],
      ]),
      new Date('2026-01-02T08:00:00.000Z'),
    )
    await recordSceneVersions(
      db,
      new Map([['city-centre', 'b'.repeat(64)]]),
      new Date('2026-01-03T08:00:00.000Z'),
    )

    expect(await listSceneVersions(db, 'city-centre')).toEqual([
      { hall_id: 'city-centre', content_hash: 'a'.repeat(64), first_served_at: '2026-01-01T08:00:00.000Z' },
      { hall_id: 'city-centre', content_hash: 'b'.repeat(64), first_served_at: '2026-01-03T08:00:00.000Z' },
    ])
    expect(await listSceneVersions(db, 'grid-200')).toHaveLength(1)
  })
})
