import type { Kysely } from 'kysely'
import { withAutoId } from './id-column'

/**
 * Creates what a citizen's application goes through: drafts (found by resume code), their attachments,
 * submitted applications with their status history, the idempotency keys that make a repeated submit
 * return the first result, and the per-day counters reference numbers are numbered from.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('drafts')
    .addColumn('resume_code', 'varchar(8)', (col) => col.primaryKey())
    .addColumn('service_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('hall_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('citizen_id', 'varchar(32)', (col) => col.references('citizens.id'))
    .addColumn('answers', 'text', (col) => col.notNull())
    .addColumn('page_id', 'varchar(64)')
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('expires_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('submitted_at', 'varchar(32)')
    .execute()
  await db.schema.createIndex('drafts_expires_at').on('drafts').column('expires_at').execute()

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('resume_code', 'varchar(8)', (col) =>
      col.notNull().references('drafts.resume_code').onDelete('cascade'),
    )
    .addColumn('document_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('name', 'varchar(255)', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('media_type', 'varchar(64)', (col) => col.notNull())
    .addColumn('storage_name', 'varchar(64)', (col) => col.notNull().unique())
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('attachments_draft').on('attachments').column('resume_code').execute()

  await db.schema
    .createTable('applications')
    .addColumn('reference', 'varchar(32)', (col) => col.primaryKey())
    // One application per draft: a second insert for the same draft fails, whatever races happen.
    .addColumn('resume_code', 'varchar(8)', (col) => col.notNull().unique().references('drafts.resume_code'))
    .addColumn('service_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('hall_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('department_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('citizen_id', 'varchar(32)', (col) => col.references('citizens.id'))
    .addColumn('answers', 'text', (col) => col.notNull())
    .addColumn('language', 'varchar(8)', (col) => col.notNull())
    .addColumn('status', 'varchar(32)', (col) => col.notNull())
    .addColumn('submitted_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('expected_by', 'varchar(10)', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('applications_citizen').on('applications').column('citizen_id').execute()

  await withAutoId(db, db.schema.createTable('application_status_history'))
    .addColumn('reference', 'varchar(32)', (col) =>
      col.notNull().references('applications.reference').onDelete('cascade'),
    )
    .addColumn('at', 'varchar(32)', (col) => col.notNull())
    .addColumn('status', 'varchar(32)', (col) => col.notNull())
    .addColumn('note_zh', 'varchar(500)', (col) => col.notNull())
    .addColumn('note_en', 'varchar(500)', (col) => col.notNull())
    .execute()
  await db.schema
    .createIndex('application_status_history_reference')
    .on('application_status_history')
    .column('reference')
    .execute()

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('key', 'varchar(100)', (col) => col.primaryKey())
    .addColumn('resume_code', 'varchar(8)', (col) => col.notNull())
    .addColumn('reference', 'varchar(32)', (col) => col.notNull().references('applications.reference'))
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .execute()

  await db.schema
    .createTable('reference_counters')
    .addColumn('prefix', 'varchar(16)', (col) => col.primaryKey())
    .addColumn('last_value', 'integer', (col) => col.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'reference_counters',
    'idempotency_keys',
    'application_status_history',
    'applications',
    'attachments',
    'drafts',
  ])
    await db.schema.dropTable(table).execute()
}
