import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/database'

/**
 * The next reference number, like `A-20261130-0007`: the department's letter, the submission date and
 * that department's sequence for the day. Runs inside the submit transaction, so a rolled-back submit
 * gives its number back and two submits never share one (the reference is also the primary key).
 */
export async function nextReference(
  trx: Transaction<Database> | Kysely<Database>,
  letter: string,
  date: string,
): Promise<string> {
  const prefix = `${letter}-${date.replaceAll('-', '')}`
  const row = await trx
    .selectFrom('reference_counters')
    .select('last_value')
    .where('prefix', '=', prefix)
    .executeTakeFirst()
  const value = (row?.last_value ?? 0) + 1
  if (row)
    await trx
      .updateTable('reference_counters')
      .set({ last_value: value })
      .where('prefix', '=', prefix)
      .execute()
  else await trx.insertInto('reference_counters').values({ prefix, last_value: value }).execute()
  return `${prefix}-${String(value).padStart(4, '0')}`
}
