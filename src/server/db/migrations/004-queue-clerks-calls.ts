import type { Kysely } from 'kysely'

/**
 * Creates the video counters' tables: tickets and the queue they form, clerks and their
 * sessions, calls with their chat, callback requests and appointments for when nobody is on duty,
 * ratings and the follow-up cases a bad rating opens.
 *
 * Moments that the queue computes with (issue, call, start, end) are epoch milliseconds in `bigint`
 * columns, as the shared `Ticket` type has them; the row mappers turn PostgreSQL's bigint strings
 * into numbers. Booleans are integers 0/1 so SQLite and PostgreSQL read the same.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clerks')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('username', 'varchar(64)', (col) => col.notNull().unique())
    .addColumn('display_name_zh', 'varchar(100)', (col) => col.notNull())
    .addColumn('display_name_en', 'varchar(100)', (col) => col.notNull())
    // scrypt$N$r$p$salt$hash (base64url), see clerks/password.ts.
    .addColumn('password_hash', 'varchar(255)', (col) => col.notNull())
    .addColumn('hall_id', 'varchar(64)', (col) => col.notNull())
    // JSON array of department ids: the clerk's skills.
    .addColumn('departments', 'text', (col) => col.notNull())
    // The window the clerk serves at; tickets are called to it.
    .addColumn('counter_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('is_supervisor', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('state', 'varchar(16)', (col) => col.notNull().defaultTo('away'))
    .addColumn('state_since', 'bigint', (col) => col.notNull())
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .execute()

  await db.schema
    .createTable('clerk_sessions')
    // sha256 of the cookie's token: a stolen database does not hand out sessions.
    .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('clerk_id', 'varchar(32)', (col) => col.notNull().references('clerks.id').onDelete('cascade'))
    .addColumn('csrf_token', 'varchar(64)', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('clerk_sessions_clerk').on('clerk_sessions').column('clerk_id').execute()

  await db.schema
    .createTable('tickets')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('hall_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('department_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('service_id', 'varchar(64)')
    .addColumn('number', 'varchar(8)', (col) => col.notNull())
    .addColumn('sequence', 'integer', (col) => col.notNull())
    .addColumn('service_day', 'varchar(10)', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    // JSON array of priority flags, like ["elderly"].
    .addColumn('flags', 'text', (col) => col.notNull())
    // sha256 of the secret handed to the holder with the ticket (watching it, joining its call).
    .addColumn('holder_token_hash', 'varchar(64)', (col) => col.notNull())
    .addColumn('citizen_id', 'varchar(32)', (col) => col.references('citizens.id'))
    // The citizen's context for the clerk: a draft in progress or a submitted application.
    .addColumn('resume_code', 'varchar(8)')
    .addColumn('application_reference', 'varchar(32)')
    .addColumn('language', 'varchar(8)', (col) => col.notNull())
    .addColumn('clerk_id', 'varchar(32)', (col) => col.references('clerks.id'))
    .addColumn('counter_id', 'varchar(64)')
    .addColumn('issued_at', 'bigint', (col) => col.notNull())
    .addColumn('called_at', 'bigint')
    .addColumn('started_at', 'bigint')
    .addColumn('ended_at', 'bigint')
    // Two tickets of a department can never share a number on one day, whatever races happen.
    .addUniqueConstraint('tickets_department_day_sequence', [
      'hall_id',
      'department_id',
      'service_day',
      'sequence',
    ])
    .execute()
  await db.schema
    .createIndex('tickets_waiting')
    .on('tickets')
    .columns(['hall_id', 'department_id', 'status', 'issued_at'])
    .execute()

  await db.schema
    .createTable('calls')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('ticket_id', 'varchar(32)', (col) => col.notNull().unique().references('tickets.id'))
    .addColumn('clerk_id', 'varchar(32)', (col) => col.notNull().references('clerks.id'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('ended_at', 'bigint')
    // accepted | more-documents | rejected | advice-only, set at wrap-up.
    .addColumn('outcome', 'varchar(32)')
    .addColumn('notes', 'text')
    .addColumn('wrapped_up_at', 'bigint')
    .execute()

  await db.schema
    .createTable('chat_messages')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('call_id', 'varchar(32)', (col) => col.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('sender', 'varchar(8)', (col) => col.notNull())
    .addColumn('client_id', 'varchar(32)')
    .addColumn('text', 'varchar(1000)', (col) => col.notNull())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('chat_messages_call').on('chat_messages').columns(['call_id', 'at']).execute()

  await db.schema
    .createTable('callbacks')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('hall_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('department_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('service_id', 'varchar(64)')
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('phone', 'varchar(20)', (col) => col.notNull())
    // The citizen's preferred time: a day (yyyy-mm-dd) and a part of it (morning | afternoon).
    .addColumn('preferred_day', 'varchar(10)', (col) => col.notNull())
    .addColumn('preferred_part', 'varchar(16)', (col) => col.notNull())
    .addColumn('citizen_id', 'varchar(32)', (col) => col.references('citizens.id'))
    .addColumn('language', 'varchar(8)', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute()
  await db.schema
    .createIndex('callbacks_department')
    .on('callbacks')
    .columns(['hall_id', 'department_id'])
    .execute()

  await db.schema
    .createTable('appointments')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('hall_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('department_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('service_id', 'varchar(64)')
    // The slot's start in China time, like 2026-12-01T09:30+08:00.
    .addColumn('slot_start', 'varchar(32)', (col) => col.notNull())
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('phone', 'varchar(20)', (col) => col.notNull())
    .addColumn('citizen_id', 'varchar(32)', (col) => col.references('citizens.id'))
    .addColumn('language', 'varchar(8)', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    // One booking per department slot: two citizens racing for it cannot both get it.
    .addUniqueConstraint('appointments_slot', ['hall_id', 'department_id', 'slot_start'])
    .execute()

  await db.schema
    .createTable('ratings')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('ticket_id', 'varchar(32)', (col) => col.notNull().unique().references('tickets.id'))
    // 5 very satisfied, 4 satisfied, 3 neutral, 2 dissatisfied, 1 very dissatisfied.
    .addColumn('level', 'integer', (col) => col.notNull())
    .addColumn('comment', 'varchar(500)')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute()

  await db.schema
    .createTable('follow_ups')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('rating_id', 'varchar(32)', (col) => col.notNull().unique().references('ratings.id'))
    .addColumn('ticket_id', 'varchar(32)', (col) => col.notNull().references('tickets.id'))
    .addColumn('hall_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('department_id', 'varchar(64)', (col) => col.notNull())
    // open | in-progress | closed
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('due_date', 'varchar(10)', (col) => col.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('closed_at', 'bigint')
    .execute()
  await db.schema.createIndex('follow_ups_status').on('follow_ups').columns(['status', 'due_date']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'follow_ups',
    'ratings',
    'appointments',
    'callbacks',
    'chat_messages',
    'calls',
    'tickets',
    'clerk_sessions',
    'clerks',
  ])
    await db.schema.dropTable(table).execute()
}
