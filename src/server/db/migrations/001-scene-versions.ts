import type { Kysely } from 'kysely'

// Migrations take Kysely<unknown>: they describe the schema at one point in time and must not
// depend on today's Database interface.

/** Creates scene_versions: which exact version of each hall the server has served, and since when. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('scene_versions')
    .addColumn('hall_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('content_hash', 'varchar(64)', (col) => col.notNull())
    .addColumn('first_served_at', 'varchar(32)', (col) => col.notNull())
    .addPrimaryKeyConstraint('scene_versions_pk', ['hall_id', 'content_hash'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('scene_versions').execute()
}
