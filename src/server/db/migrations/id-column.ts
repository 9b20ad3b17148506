import { SqliteAdapter, type CreateTableBuilder, type Kysely } from 'kysely'

/**
 * Adds an auto-numbered integer primary key `id`: SQLite's `integer primary key autoincrement`, or
 * PostgreSQL's `serial`. The two databases spell it differently, so this is the one place that asks
 * which one it is talking to.
 */
export function withAutoId<TB extends string, C extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<TB, C>,
): CreateTableBuilder<TB, C | 'id'> {
  return db.getExecutor().adapter instanceof SqliteAdapter
    ? table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    : table.addColumn('id', 'serial', (col) => col.primaryKey())
}
