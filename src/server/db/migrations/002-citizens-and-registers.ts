import type { CreateTableBuilder, Kysely } from 'kysely'
import { withAutoId } from './id-column'

// Schema-builder only, so the same migration runs on SQLite and PostgreSQL. Times are ISO 8601 text
// (as in 001), money is integer fen, and addresses are kept as their parts.

const addressColumns = <TB extends string, C extends string>(table: CreateTableBuilder<TB, C>) =>
  table
    .addColumn('address_province', 'varchar(100)')
    .addColumn('address_city', 'varchar(100)')
    .addColumn('address_district', 'varchar(100)')
    .addColumn('address_street', 'varchar(100)')
    .addColumn('address_detail', 'varchar(100)')

/**
 * Creates the demo e-ID identities (`citizens`), the simulated registers other departments keep
 * (population, household, civil affairs, social security, housing fund) and the access log every
 * register read writes to.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('citizens')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('display_name_zh', 'varchar(100)', (col) => col.notNull())
    .addColumn('display_name_en', 'varchar(100)', (col) => col.notNull())
    .addColumn('id_number', 'varchar(18)', (col) => col.notNull().unique())
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .execute()

  const citizenKey = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('citizen_id', 'varchar(32)', (col) =>
        col.primaryKey().references('citizens.id').onDelete('cascade'),
      )

  await addressColumns(
    citizenKey('population_register')
      .addColumn('name', 'varchar(100)', (col) => col.notNull())
      .addColumn('sex', 'varchar(8)', (col) => col.notNull())
      .addColumn('birth_date', 'varchar(10)', (col) => col.notNull())
      .addColumn('id_number', 'varchar(18)', (col) => col.notNull().unique())
      .addColumn('ethnicity', 'varchar(32)', (col) => col.notNull())
      .addColumn('mobile', 'varchar(11)'),
  ).execute()

  await addressColumns(
    citizenKey('household_register')
      .addColumn('household_number', 'varchar(32)', (col) => col.notNull())
      .addColumn('head_name', 'varchar(100)', (col) => col.notNull())
      .addColumn('relation_to_head', 'varchar(32)', (col) => col.notNull()),
  ).execute()

  await citizenKey('civil_affairs_register')
    .addColumn('marital_status', 'varchar(16)', (col) => col.notNull())
    .addColumn('spouse_name', 'varchar(100)')
    .addColumn('spouse_id_number', 'varchar(18)')
    .addColumn('marriage_date', 'varchar(10)')
    .execute()

  await citizenKey('social_security_register')
    .addColumn('insurance_status', 'varchar(16)', (col) => col.notNull())
    .addColumn('card_number', 'varchar(32)')
    .addColumn('employer', 'varchar(200)')
    .addColumn('mobile', 'varchar(11)')
    .execute()

  await citizenKey('housing_fund_register')
    .addColumn('account_number', 'varchar(32)', (col) => col.notNull())
    .addColumn('balance_fen', 'bigint', (col) => col.notNull())
    .addColumn('employer', 'varchar(200)')
    .addColumn('monthly_deposit_fen', 'bigint', (col) => col.notNull())
    .addColumn('account_status', 'varchar(16)', (col) => col.notNull())
    .execute()

  await withAutoId(db, db.schema.createTable('access_log'))
    .addColumn('citizen_id', 'varchar(32)', (col) => col.notNull().references('citizens.id'))
    .addColumn('at', 'varchar(32)', (col) => col.notNull())
    .addColumn('actor_kind', 'varchar(16)', (col) => col.notNull())
    .addColumn('actor_name', 'varchar(100)', (col) => col.notNull())
    .addColumn('register', 'varchar(32)', (col) => col.notNull())
    .addColumn('purpose', 'varchar(300)', (col) => col.notNull())
    .addColumn('service_id', 'varchar(64)')
    .execute()
  await db.schema
    .createIndex('access_log_citizen_at')
    .on('access_log')
    .columns(['citizen_id', 'at'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'access_log',
    'housing_fund_register',
    'social_security_register',
    'civil_affairs_register',
    'household_register',
    'population_register',
    'citizens',
  ])
    await db.schema.dropTable(table).execute()
}
