import { createHash, randomBytes } from 'node:crypto'
import path from 'node:path'
import fastifyCookie from '@fastify/cookie'
import fastifyRateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from 'fastify'
import type { Kysely } from 'kysely'
import { branchingFlowInput } from '../../../shared/flow/testing/branching-flow'
import type { ServerMessage } from '../../../shared/protocol'
import { serviceDay, ticketNumber } from '../../../shared/queue'
import { citizenApi } from '../../applications/citizen-api'
import { socialSecurityFlow } from '../../applications/testing/citizen-app'
import type { QueueNotifierPort } from '../../calls/ports'
import { createDatabase, type Database } from '../../db/database'
import { migrateToLatest } from '../../db/migrate'
import type { Bus } from '../../realtime/bus'
import { csrfGuard } from '../../http/csrf'
import { installErrorHandler } from '../../http/error-handler'
import { seedDemoRecords } from '../../records/seed'
import { clerkRoutes } from '../../routes/clerk'
import { loadScenes } from '../../scenes/load-scenes'
import { makeTempDir, minimalHall, removeTempDir, writeFixtureScenes } from '../../testing/fixture-scenes'
import { hashPassword } from '../password'
import type { ClerkPresence } from '../presence'
import { seedDemoClerks } from '../demo-clerks'

export const TEST_HALL = 'test-hall'
export const TEST_PASSWORD = 'onehall-demo'

export type ClerkTestApp = {
  app: FastifyInstance
  db: Kysely<Database>
  /** What the routes told the queue, in order: `department:<id>` and `ticket:<id>`. */
  notices: string[]
  /** What the routes published on the bus. */
  published: { topic: string; message: ServerMessage }[]
  /** app.inject with `X-OneHall-CSRF: 1` (unless `csrf: false`) and, with `as`, that clerk's cookie and token. */
  call: (options: InjectOptions & { csrf?: boolean; as?: SignedInClerk }) => Promise<LightMyRequestResponse>
  close: () => Promise<void>
}

export type SignedInClerk = { cookie: string; csrfToken: string; id: string }

/**
 * The citizen API and the clerk API over the fixture hall (departments social-security with counters
 * 01 and 02, tax with counter 03; the two services carry flows), on a migrated SQLite database with the
 * demo citizens and the hall's demo clerks (`clerk-social-security`, `clerk-tax`, `supervisor`).
 * Mirrors buildApp's /api wiring, plus a recording notifier and bus.
 */
export async function buildClerkTestApp(
  options: { loginAttemptsPerMinute?: number; presence?: ClerkPresence; presenceGraceMs?: number } = {},
): Promise<ClerkTestApp> {
  const hall = minimalHall(TEST_HALL)
  hall.services['pension-enquiry']!.flow = branchingFlowInput
  hall.services['tax-registration']!.flow = socialSecurityFlow
  const scenesDir = writeFixtureScenes([hall])
  const dataDir = makeTempDir('onehall-clerk-')
  const db = createDatabase({ kind: 'sqlite', file: path.join(dataDir, 'test.sqlite') })
  await migrateToLatest(db)
  await seedDemoRecords(db)
  const scenes = await loadScenes(scenesDir)
  await seedDemoClerks(db, scenes, { hallId: TEST_HALL, nodeEnv: 'test' })

  const notices: string[] = []
  const published: ClerkTestApp['published'] = []
  const notifier: QueueNotifierPort = {
    departmentChanged: (_hall, departmentId) => notices.push(`department:${departmentId}`),
    ticketChanged: (ticketId) => notices.push(`ticket:${ticketId}`),
  }
  const bus: Bus<ServerMessage> = {
    publish: async (topic, message) => {
      published.push({ topic, message })
    },
    subscribe: () => () => undefined,
    close: async () => undefined,
  }

  const app = Fastify({ logger: false })
  installErrorHandler(app)
  await app.register(fastifyCookie, { secret: 'test-secret-that-is-long-enough-0123456789' })
  await app.register(
    async (api) => {
      await api.register(fastifyRateLimit, { global: true, max: 10_000, timeWindow: 60_000 })
      api.addHook('onRequest', csrfGuard())
      await api.register(citizenApi, {
        db,
        scenes,
        uploadsDir: path.join(dataDir, 'uploads'),
        purgeIntervalMs: 0,
      })
      await api.register(clerkRoutes, { db, scenes, notifier, bus, ...options })
    },
    { prefix: '/api' },
  )

  const call: ClerkTestApp['call'] = ({ csrf = true, as, headers, ...rest }) =>
    app.inject({
      ...rest,
      headers: {
        ...(csrf ? { 'x-onehall-csrf': '1' } : {}),
        ...(as ? { cookie: as.cookie, 'x-onehall-clerk-csrf': as.csrfToken } : {}),
        ...headers,
      },
    })
  return {
    app,
    db,
    notices,
    published,
    call,
    close: async () => {
      await app.close()
      await db.destroy()
      removeTempDir(scenesDir)
      removeTempDir(dataDir)
    },
  }
}

/** Signs a clerk in (demo password by default) and returns what later requests need. */
export async function signInClerk(
  t: ClerkTestApp,
  username: string,
  password = TEST_PASSWORD,
): Promise<SignedInClerk> {
  const res = await t.call({ method: 'POST', url: '/api/clerk/login', payload: { username, password } })
  const cookie = res.cookies.find((c) => c.name === 'onehall_clerk')
  if (res.statusCode !== 200 || !cookie)
    throw new Error(`clerk sign-in failed: ${res.statusCode} ${res.body}`)
  const body = res.json() as { clerk: { id: string }; csrfToken: string }
  return { cookie: `onehall_clerk=${cookie.value}`, csrfToken: body.csrfToken, id: body.clerk.id }
}

/** Adds a (non-demo) clerk with the test password. */
export async function addClerk(
  t: { db: Kysely<Database> },
  spec: { username: string; departments: string[]; counterId: string; isSupervisor?: boolean },
): Promise<void> {
  await t.db
    .insertInto('clerks')
    .values({
      id: randomBytes(12).toString('base64url'),
      username: spec.username,
      display_name_zh: `工作人员${spec.username}`,
      display_name_en: `Clerk ${spec.username}`,
      password_hash: await hashPassword(TEST_PASSWORD),
      hall_id: TEST_HALL,
      departments: JSON.stringify(spec.departments),
      counter_id: spec.counterId,
      is_supervisor: spec.isSupervisor ? 1 : 0,
      is_demo: 0,
      state: 'away',
      state_since: 0,
      created_at: new Date(0).toISOString(),
    })
    .execute()
}

const CLERK_TABLES = [
  'clerks',
  'clerk_sessions',
  'tickets',
  'calls',
  'chat_messages',
  'access_log',
  'applications',
  'application_status_history',
] as const

/** Every row of the tables the clerk API changes, to compare before and after a refused request. */
export async function clerkSnapshot(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {}
  for (const table of CLERK_TABLES) result[table] = await db.selectFrom(table).selectAll().execute()
  return result
}

const LETTERS: Record<string, string> = { 'social-security': 'A', tax: 'B' }
let sequence = 0

/** A ticket of the fixture hall to insert straight into the database (the queue module takes real ones). */
export type TestTicket = {
  departmentId?: string
  issuedAt?: number
  status?: string
  citizenId?: string | null
  resumeCode?: string | null
  applicationReference?: string | null
  serviceId?: string | null
  flags?: string[]
  language?: 'zh' | 'en'
  /** @default today's service day (China time) */
  serviceDay?: string
}

/** Inserts a waiting ticket and returns its id, number and holder token. */
export async function insertTicket(
  t: { db: Kysely<Database> },
  spec: TestTicket = {},
): Promise<{ id: string; number: string; token: string }> {
  const departmentId = spec.departmentId ?? 'social-security'
  const seq = ++sequence
  const id = randomBytes(12).toString('base64url')
  const token = randomBytes(32).toString('base64url')
  const number = ticketNumber(LETTERS[departmentId] ?? 'Z', seq)
  await t.db
    .insertInto('tickets')
    .values({
      id,
      hall_id: TEST_HALL,
      department_id: departmentId,
      service_id: spec.serviceId ?? null,
      number,
      sequence: seq,
      service_day: spec.serviceDay ?? serviceDay(Date.now()),
      status: spec.status ?? 'waiting',
      flags: JSON.stringify(spec.flags ?? []),
      holder_token_hash: createHash('sha256').update(token).digest('hex'),
      citizen_id: spec.citizenId ?? null,
      resume_code: spec.resumeCode ?? null,
      application_reference: spec.applicationReference ?? null,
      language: spec.language ?? 'zh',
      issued_at: spec.issuedAt ?? Date.now(),
    })
    .execute()
  return { id, number, token }
}
