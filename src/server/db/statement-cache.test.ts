import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { withStatementCache } from './statement-cache'

let sqlite: SQLite.Database
afterEach(() => {
  if (sqlite.open) sqlite.close()
})

describe('withStatementCache', () => {
  it('prepares each SQL text once and hands back the same statement', () => {
    sqlite = new SQLite(':memory:')
    const cached = withStatementCache(sqlite)
    const a = cached.prepare('select 1 as one')
    expect(cached.prepare('select 1 as one')).toBe(a)
    expect(cached.prepare('select 2 as two')).not.toBe(a)
    expect(cached.cachedStatements()).toBe(2)
  })

  it('drops the least recently used text past its size', () => {
    sqlite = new SQLite(':memory:')
    const cached = withStatementCache(sqlite, 2)
    const one = cached.prepare('select 1')
    cached.prepare('select 2')
    cached.prepare('select 1') // used again: now the newest
    cached.prepare('select 3') // drops "select 2"
    expect(cached.cachedStatements()).toBe(2)
    expect(cached.prepare('select 1')).toBe(one)
    const two = cached.prepare('select 2')
    expect(two.all([])).toEqual([{ 2: 2 }])
  })

  it('runs Kysely queries with parameters, writes and transactions as before', async () => {
    sqlite = new SQLite(':memory:')
    const db = new Kysely<{ t: { id: number; name: string } }>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    })
    await db.schema
      .createTable('t')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text')
      .execute()
    for (let id = 1; id <= 3; id++)
      await db
        .insertInto('t')
        .values({ id, name: `n${id}` })
        .execute()
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('t').values({ id: 4, name: 'n4' }).execute()
        await trx.insertInto('t').values({ id: 1, name: 'duplicate' }).execute()
      }),
    ).rejects.toThrow(/UNIQUE/)
    const rows = await db.selectFrom('t').select('name').where('id', '>', 1).orderBy('id').execute()
    expect(rows).toEqual([{ name: 'n2' }, { name: 'n3' }])
    await db.destroy()
    expect(sqlite.open).toBe(false)
  })
})
