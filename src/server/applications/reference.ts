import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '../db/database'

/**
 * The next reference number, like `A-20261130-0007`: the department's letter, the submission date and
 * that department's sequence for the day. One statement (an upsert that returns the new value, which
 * SQLite 3.35+ and PostgreSQL both run). Runs inside the submit transaction, so a rolled-back submit
 * gives its number back and two submits never share one (the reference is also the primary key).
 */
export async function nextReference(
  trx: Transaction<Database> | Kysely<Database>,
  letter: string,
  date: string,
): Promise<string> {
  const prefix = `${letter}-${date.replaceAll('-', '')}`
  const { last_value: value } = await trx
    .insertInto('reference_counters')
    .values({ prefix, last_value: 1 })
    .onConflict((conflict) =>
      conflict.column('prefix').doUpdateSet({ last_value: sql<number>`reference_counters.last_value + 1` }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow()
  return `${prefix}-${String(value).padStart(4, '0')}`
}
