import path from 'node:path'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import type { Kysely } from 'kysely'
import type { ServerMessage } from '../../../shared/protocol'
import { buildApp } from '../../app'
import { createDatabase, type Database } from '../../db/database'
import { migrateToLatest } from '../../db/migrate'
import type { Bus } from '../../realtime/bus'
import { seedDemoRecords } from '../../records/seed'
import { loadScenes, type LoadedScenes } from '../../scenes/load-scenes'
import { makeTempDir, removeTempDir, writeFixtureScenes } from '../../testing/fixture-scenes'

export type QueueTestApp = {
  app: FastifyInstance
  db: Kysely<Database>
  scenes: LoadedScenes
  /** The SQLite file, to reopen after a restart. */
  file: string
  /** app.inject with the CSRF header and `Accept-Language: en` unless told otherwise. */
  call: (options: InjectOptions & { csrf?: boolean }) => Promise<LightMyRequestResponse>
  /** Closes the app and the database, keeping the files (see `restart`). */
  stop: () => Promise<void>
  /** Closes everything and removes the temp folders. */
  close: () => Promise<void>
}

type Folders = { scenesDir: string; dataDir: string }

/**
 * The app over the fixture hall (`test-hall`: social-security letter A with counters 01 and 02, tax
 * letter B with counter 03) and a migrated, seeded SQLite file in a temp folder. Pass `reuse` (from
 * `folders` of an earlier app) to start again on the same files: a server restart.
 */
export async function buildQueueTestApp(
  options: { bus?: Bus<ServerMessage>; reuse?: Folders; staleTicketSweepMs?: number } = {},
): Promise<QueueTestApp & { folders: Folders }> {
  const folders = options.reuse ?? {
    scenesDir: writeFixtureScenes(),
    dataDir: makeTempDir('onehall-queue-'),
  }
  const file = path.join(folders.dataDir, 'test.sqlite')
  const db = createDatabase({ kind: 'sqlite', file })
  await migrateToLatest(db)
  if (!options.reuse) await seedDemoRecords(db)
  const scenes = await loadScenes(folders.scenesDir)
  const app = await buildApp({
    scenes,
    db,
    clientDir: path.join(folders.dataDir, 'no-client'),
    version: '9.9.9-test',
    cookieSecret: 'test-secret-that-is-long-enough-0123456789',
    uploadsDir: path.join(folders.dataDir, 'uploads'),
    purgeIntervalMs: 0,
    rateLimitMax: 100_000,
    ...(options.bus ? { bus: options.bus } : {}),
    ...(options.staleTicketSweepMs ? { staleTicketSweepMs: options.staleTicketSweepMs } : {}),
  })
  const call = ({ csrf = true, headers, ...rest }: InjectOptions & { csrf?: boolean }) =>
    app.inject({
      ...rest,
      headers: { 'accept-language': 'en', ...(csrf ? { 'x-onehall-csrf': '1' } : {}), ...headers },
    })
  const stop = async () => {
    await app.close()
    await db.destroy()
  }
  return {
    app,
    db,
    scenes,
    file,
    folders,
    call,
    stop,
    close: async () => {
      await stop()
      removeTempDir(folders.scenesDir)
      removeTempDir(folders.dataDir)
    },
  }
}

let clerkCount = 0

/**
 * Inserts a clerk row (the clerk module owns real accounts; the queue only reads who is on duty).
 * @returns the clerk's id
 */
export async function addClerk(
  db: Kysely<Database>,
  options: { departments: string[]; state?: string; hallId?: string; counterId?: string },
): Promise<string> {
  const id = `clerk-test-${++clerkCount}`
  await db
    .insertInto('clerks')
    .values({
      id,
      username: id,
      display_name_zh: '测试',
      display_name_en: 'Test',
      password_hash: 'not-a-hash',
      hall_id: options.hallId ?? 'test-hall',
      departments: JSON.stringify(options.departments),
      counter_id: options.counterId ?? 'counter-01',
      is_supervisor: 0,
      is_demo: 0,
      state: options.state ?? 'available',
      state_since: Date.now(),
      created_at: new Date().toISOString(),
    })
    .execute()
  return id
}

/**
 * Moves a ticket as a clerk would (the clerk module does this for real): called to a counter with a
 * call row, or served from `startedAt` to `endedAt`.
 */
export async function serveTicket(
  db: Kysely<Database>,
  ticketId: string,
  clerkId: string,
  times: { calledAt?: number; startedAt?: number; endedAt?: number; counterId?: string } = {},
): Promise<string> {
  const calledAt = times.calledAt ?? Date.now()
  const callId = `call-${ticketId}`
  await db
    .updateTable('tickets')
    .set({
      status: times.endedAt !== undefined ? 'done' : times.startedAt !== undefined ? 'serving' : 'called',
      clerk_id: clerkId,
      counter_id: times.counterId ?? 'counter-01',
      called_at: calledAt,
      started_at: times.startedAt ?? null,
      ended_at: times.endedAt ?? null,
    })
    .where('id', '=', ticketId)
    .execute()
  await db
    .insertInto('calls')
    .values({
      id: callId,
      ticket_id: ticketId,
      clerk_id: clerkId,
      created_at: calledAt,
      ended_at: times.endedAt ?? null,
      outcome: null,
      notes: null,
      wrapped_up_at: null,
    })
    .execute()
  return callId
}

const TABLES = ['tickets', 'callbacks', 'appointments', 'ratings', 'follow_ups', 'calls'] as const

/** Every row of the queue's tables, to compare before and after a refused request. */
export async function queueSnapshot(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {}
  for (const table of TABLES) result[table] = await db.selectFrom(table).selectAll().execute()
  return result
}
