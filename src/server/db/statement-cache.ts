import type { Database as SqliteDatabase, Statement } from 'better-sqlite3'
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely'

/** How many distinct SQL texts keep their prepared statement; the oldest is dropped past this. */
export const STATEMENT_CACHE_SIZE = 500

/**
 * The SQLite database as Kysely's dialect sees it, with `prepare` remembering each SQL text's prepared
 * statement. Kysely prepares every query afresh, and SQLite's prepare (parse and plan) cost more than
 * running the small queries this server makes; Kysely's queries are parameterised, so the same query
 * shape has the same text. Safe because Kysely runs one query at a time on its one SQLite connection.
 * Least recently used texts are dropped past `size` (a Map keeps insertion order: re-inserting on use
 * moves a text to the end).
 */
export function withStatementCache(
  sqlite: SqliteDatabase,
  size = STATEMENT_CACHE_SIZE,
): KyselySqliteDatabase & { cachedStatements: () => number } {
  const statements = new Map<string, Statement>()
  return {
    close: () => void sqlite.close(),
    prepare: (sql: string) => {
      let statement = statements.get(sql)
      if (statement) statements.delete(sql)
      else {
        statement = sqlite.prepare(sql)
        if (statements.size >= size) statements.delete(statements.keys().next().value as string)
      }
      statements.set(sql, statement)
      return statement
    },
    cachedStatements: () => statements.size,
  }
}
