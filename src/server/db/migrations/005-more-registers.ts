import type { Kysely } from 'kysely'

// Schema-builder only, so the same migration runs on SQLite and PostgreSQL (as 002). Booleans are
// integers 0/1 so both read the same; dates are yyyy-mm-dd text.

/**
 * The register fields the service flows pre-fill from that 002 did not keep: whether a household is
 * registered in this city, the bank card a housing fund pays into, the retirement date social security
 * records, and two more registers, education (学籍) and real estate (不动产登记), one row per citizen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('household_register').addColumn('registered_in_city', 'integer').execute()
  await db.schema.alterTable('housing_fund_register').addColumn('bank_card_number', 'varchar(19)').execute()
  await db.schema.alterTable('social_security_register').addColumn('retirement_date', 'varchar(10)').execute()

  const citizenKey = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('citizen_id', 'varchar(32)', (col) =>
        col.primaryKey().references('citizens.id').onDelete('cascade'),
      )

  await citizenKey('education_register')
    .addColumn('school_name', 'varchar(200)', (col) => col.notNull())
    .addColumn('student_number', 'varchar(20)', (col) => col.notNull())
    .addColumn('level', 'varchar(16)', (col) => col.notNull())
    .addColumn('enrolled_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('expected_graduation', 'varchar(10)')
    .execute()

  // The demo keeps one property per owner; a real register lists every one.
  await citizenKey('real_estate_register')
    .addColumn('certificate_number', 'varchar(50)', (col) => col.notNull())
    .addColumn('registered_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('floor_area_dm2', 'integer', (col) => col.notNull())
    .addColumn('address_province', 'varchar(100)')
    .addColumn('address_city', 'varchar(100)')
    .addColumn('address_district', 'varchar(100)')
    .addColumn('address_street', 'varchar(100)')
    .addColumn('address_detail', 'varchar(100)')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('real_estate_register').execute()
  await db.schema.dropTable('education_register').execute()
  await db.schema.alterTable('social_security_register').dropColumn('retirement_date').execute()
  await db.schema.alterTable('housing_fund_register').dropColumn('bank_card_number').execute()
  await db.schema.alterTable('household_register').dropColumn('registered_in_city').execute()
}
