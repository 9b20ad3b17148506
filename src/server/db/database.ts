import { mkdirSync } from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import type { DatabaseConfig } from '../config'
import type {
  ApplicationStatusHistoryTable,
  ApplicationsTable,
  AttachmentsTable,
  DraftsTable,
  IdempotencyKeysTable,
  ReferenceCountersTable,
} from '../applications/tables'
import type {
  AccessLogTable,
  CitizensTable,
  CivilAffairsRegisterTable,
  EducationRegisterTable,
  HouseholdRegisterTable,
  HousingFundRegisterTable,
  PopulationRegisterTable,
  RealEstateRegisterTable,
  SocialSecurityRegisterTable,
} from '../records/tables'
import type { CallsTable, ChatMessagesTable } from '../calls/tables'
import type { ClerkSessionsTable, ClerksTable } from '../clerks/tables'
import type {
  AppointmentsTable,
  CallbacksTable,
  FollowUpsTable,
  RatingsTable,
  TicketsTable,
} from '../queue/tables'
import type { SceneVersionsTable } from './scene-versions'
import { withStatementCache } from './statement-cache'

/** Every table the server uses, for Kysely's typed queries. Add one entry per migration that creates a table. */
export interface Database {
  scene_versions: SceneVersionsTable
  citizens: CitizensTable
  population_register: PopulationRegisterTable
  household_register: HouseholdRegisterTable
  civil_affairs_register: CivilAffairsRegisterTable
  social_security_register: SocialSecurityRegisterTable
  housing_fund_register: HousingFundRegisterTable
  access_log: AccessLogTable
  drafts: DraftsTable
  attachments: AttachmentsTable
  applications: ApplicationsTable
  application_status_history: ApplicationStatusHistoryTable
  idempotency_keys: IdempotencyKeysTable
  reference_counters: ReferenceCountersTable
  clerks: ClerksTable
  clerk_sessions: ClerkSessionsTable
  tickets: TicketsTable
  calls: CallsTable
  chat_messages: ChatMessagesTable
  callbacks: CallbacksTable
  appointments: AppointmentsTable
  ratings: RatingsTable
  follow_ups: FollowUpsTable
  education_register: EducationRegisterTable
  real_estate_register: RealEstateRegisterTable
}

/** How long SQLite waits for another connection's write lock before giving up. */
const SQLITE_BUSY_TIMEOUT_MS = 5000

/**
 * Opens the database the config names: an embedded SQLite file (its folder is created) in WAL mode
 * with foreign keys enforced, or a PostgreSQL pool. Queries are written in Kysely so they run on both.
 * Call `destroy()` on the result to close it.
 */
export function createDatabase(config: DatabaseConfig): Kysely<Database> {
  if (config.kind === 'postgres') {
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.url }) }),
    })
  }
  if (config.file !== ':memory:') mkdirSync(path.dirname(config.file), { recursive: true })
  const sqlite = new SQLite(config.file, { timeout: SQLITE_BUSY_TIMEOUT_MS })
  // WAL lets readers continue while one request writes; foreign keys are off by default in SQLite.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
}
