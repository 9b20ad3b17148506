import path from 'node:path'
import fastifyCookie from '@fastify/cookie'
import fastifyRateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from 'fastify'
import type { Kysely } from 'kysely'
import type { ServerMessage } from '../../shared/protocol'
import { buildApp, type AppOptions } from '../app'
import { citizenApi } from '../applications/citizen-api'
import type { QueueNotifierPort } from '../calls/ports'
import { seedDemoClerks } from '../clerks/demo-clerks'
import type { ClerkPresence } from '../clerks/presence'
import { createDatabase, type Database } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { csrfGuard } from '../http/csrf'
import { installErrorHandler } from '../http/error-handler'
import type { Bus } from '../realtime/bus'
import { seedDemoRecords } from '../records/seed'
import { clerkRoutes } from '../routes/clerk'
import { loadScenes, type LoadedScenes } from '../scenes/load-scenes'
import { makeTempDir, minimalHall, removeTempDir, writeHall, type FixtureHall } from './fixture-scenes'

/** The fixture hall's id. */
export const TEST_HALL = 'test-hall'

/** Where a test app keeps its scenes and its data (SQLite file, uploads). */
export type TestFolders = { scenesDir: string; dataDir: string }

/** A clerk's sign-in, sent by {@link TestApp.call} with `as`. */
export type SignedInClerk = { cookie: string; csrfToken: string; id: string }

export type TestApp = {
  app: FastifyInstance
  db: Kysely<Database>
  scenes: LoadedScenes
  folders: TestFolders
  /** The SQLite file, to reopen after a restart. */
  file: string
  uploadsDir: string
  /**
   * app.inject with `X-OneHall-CSRF: 1` (unless `csrf: false`), the app's `language` as
   * Accept-Language if one was given, and with `as` that clerk's cookie and token.
   */
  call: (options: InjectOptions & { csrf?: boolean; as?: SignedInClerk }) => Promise<LightMyRequestResponse>
  /** Closes the app and the database, keeping the files (start again with `reuse: folders`). */
  stop: () => Promise<void>
  /** Closes everything and removes the temp folders. */
  close: () => Promise<void>
}

/** A test app of the citizen and clerk APIs alone, recording what the clerk routes send out. */
export type ClerkTestApp = TestApp & {
  /** What the routes told the queue, in order: `department:<id>` and `ticket:<id>`. */
  notices: string[]
  /** What the routes published on the bus. */
  published: { topic: string; message: ServerMessage }[]
}

/** The clerk routes' own options, for {@link TestAppOptions.clerkApi}. */
export type ClerkApiOptions = {
  loginAttemptsPerMinute?: number
  presence?: ClerkPresence
  presenceGraceMs?: number
}

export type TestAppOptions = Partial<AppOptions> & {
  /** The hall in the scenes folder. @default minimalHall() */
  hall?: FixtureHall
  /** Seed the demo citizens' register records. @default false */
  records?: boolean
  /** Seed the hall's demo clerks (`clerk-social-security`, `clerk-tax`, `supervisor`). @default false */
  demoClerks?: boolean
  /** Sent as Accept-Language by `call` unless the request sets its own. */
  language?: 'zh' | 'en'
  /** The folders of an earlier app, to start again on the same files (a server restart; no seeding). */
  reuse?: TestFolders
  /**
   * Mount only the citizen API and the clerk routes under /api, as buildApp wires them, with a notifier
   * and a bus that record what the routes send (`notices`, `published`) instead of the whole app.
   */
  clerkApi?: ClerkApiOptions
}

const COOKIE_SECRET = 'test-secret-that-is-long-enough-0123456789'

/**
 * The one server test app: a fixture hall (two departments: social-security, letter A, counters 01 and
 * 02; tax, letter B, counter 03) on a migrated SQLite database in temp folders, served by buildApp with
 * test defaults (fixed cookie secret, uploads in the temp folder, no purge timer, a rate limit tests do
 * not reach), or by the clerk API alone with `clerkApi`. Options other than the ones below go to buildApp.
 */
export async function buildTestApp(
  options: TestAppOptions & { clerkApi: ClerkApiOptions },
): Promise<ClerkTestApp>
export async function buildTestApp(options?: TestAppOptions): Promise<TestApp>
export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp | ClerkTestApp> {
  const { hall, records, demoClerks, language, reuse, clerkApi, ...appOptions } = options
  const folders = reuse ?? {
    scenesDir: makeTempDir('onehall-scenes-'),
    dataDir: makeTempDir('onehall-test-'),
  }
  if (!reuse) writeHall(folders.scenesDir, hall ?? minimalHall(TEST_HALL))
  const file = path.join(folders.dataDir, 'test.sqlite')
  const uploadsDir = path.join(folders.dataDir, 'uploads')
  const db = createDatabase({ kind: 'sqlite', file })
  await migrateToLatest(db)
  if (!reuse && records) await seedDemoRecords(db)
  const scenes = await loadScenes(folders.scenesDir)
  if (!reuse && demoClerks) await seedDemoClerks(db, scenes, { hallId: TEST_HALL, nodeEnv: 'test' })

  const recorded = clerkApi ? recordingPorts() : undefined
  const app = recorded
    ? await clerkApiApp({ db, scenes, uploadsDir, ...appOptions }, clerkApi ?? {}, recorded)
    : await buildApp({
        scenes,
        db,
        clientDir: path.join(folders.dataDir, 'no-client'),
        version: '9.9.9-test',
        cookieSecret: COOKIE_SECRET,
        uploadsDir,
        purgeIntervalMs: 0,
        rateLimitMax: 100_000,
        ...appOptions,
      })

  const call: TestApp['call'] = ({ csrf = true, as, headers, ...rest }) =>
    app.inject({
      ...rest,
      headers: {
        ...(language ? { 'accept-language': language } : {}),
        ...(csrf ? { 'x-onehall-csrf': '1' } : {}),
        ...(as ? { cookie: as.cookie, 'x-onehall-clerk-csrf': as.csrfToken } : {}),
        ...headers,
      },
    })
  const stop = async () => {
    await app.close()
    await db.destroy()
  }
  const close = async () => {
    await stop()
    removeTempDir(folders.scenesDir)
    removeTempDir(folders.dataDir)
  }
  const test: TestApp = { app, db, scenes, folders, file, uploadsDir, call, stop, close }
  return recorded ? { ...test, notices: recorded.notices, published: recorded.published } : test
}

type RecordingPorts = Pick<ClerkTestApp, 'notices' | 'published'> & {
  notifier: QueueNotifierPort
  bus: Bus<ServerMessage>
}

function recordingPorts(): RecordingPorts {
  const notices: string[] = []
  const published: ClerkTestApp['published'] = []
  return {
    notices,
    published,
    notifier: {
      departmentChanged: (_hall, departmentId) => notices.push(`department:${departmentId}`),
      ticketChanged: (ticketId) => notices.push(`ticket:${ticketId}`),
    },
    bus: {
      publish: async (topic, message) => {
        published.push({ topic, message })
      },
      subscribe: () => () => undefined,
      close: async () => undefined,
    },
  }
}

/** The citizen API and the clerk routes under /api, wired as buildApp wires them, over recording ports. */
async function clerkApiApp(
  options: Pick<AppOptions, 'db' | 'scenes' | 'uploadsDir' | 'rateLimitMax'>,
  clerk: ClerkApiOptions,
  ports: RecordingPorts,
): Promise<FastifyInstance> {
  const { db, scenes } = options
  const app = Fastify({ logger: false })
  installErrorHandler(app)
  await app.register(fastifyCookie, { secret: COOKIE_SECRET })
  await app.register(
    async (api) => {
      await api.register(fastifyRateLimit, {
        global: true,
        max: options.rateLimitMax ?? 100_000,
        timeWindow: 60_000,
      })
      api.addHook('onRequest', csrfGuard())
      await api.register(citizenApi, { db, scenes, uploadsDir: options.uploadsDir!, purgeIntervalMs: 0 })
      await api.register(clerkRoutes, { db, scenes, notifier: ports.notifier, bus: ports.bus, ...clerk })
    },
    { prefix: '/api' },
  )
  return app
}

/** Every row of the given tables, to compare before and after a refused request. */
export async function snapshot(
  db: Kysely<Database>,
  tables: readonly (keyof Database)[],
): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {}
  for (const table of tables) result[table] = await db.selectFrom(table).selectAll().execute()
  return result
}
