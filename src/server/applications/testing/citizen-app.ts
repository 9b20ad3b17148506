import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import type { Kysely } from 'kysely'
import { buildApp } from '../../app'
import { branchingFlowInput } from '../../../shared/flow/testing/branching-flow'
import { createDatabase, type Database } from '../../db/database'
import { migrateToLatest } from '../../db/migrate'
import { seedDemoRecords } from '../../records/seed'
import { loadScenes } from '../../scenes/load-scenes'
import { makeTempDir, minimalHall, removeTempDir, writeFixtureScenes } from '../../testing/fixture-scenes'

/** A copy of the social security card example flow (frozen for these tests) (branches: myself / my child; prefill from three registers). */
export const socialSecurityFlow: unknown = JSON.parse(
  readFileSync(new URL('./social-security-card-flow.json', import.meta.url), 'utf8'),
)

export type CitizenTestApp = {
  app: FastifyInstance
  db: Kysely<Database>
  uploadsDir: string
  /** app.inject with the CSRF header and JSON by default; pass `csrf: false` to leave it out. */
  call: (options: InjectOptions & { csrf?: boolean }) => Promise<LightMyRequestResponse>
  close: () => Promise<void>
}

/**
 * The app over a fixture hall whose two services carry flows: `pension-enquiry` (department letter A)
 * with the branching test flow and `tax-registration` (letter B) with the social security card example;
 * a migrated, seeded SQLite database and an uploads folder in temp folders.
 * @param moreFlows more services (id -> flow), each a copy of `pension-enquiry` carrying that flow
 */
export async function buildCitizenTestApp(moreFlows: Record<string, unknown> = {}): Promise<CitizenTestApp> {
  const hall = minimalHall()
  hall.services['pension-enquiry']!.flow = branchingFlowInput
  hall.services['tax-registration']!.flow = socialSecurityFlow
  hall.services['tax-registration']!.processingDays = 5
  for (const [id, flow] of Object.entries(moreFlows))
    hall.services[id] = { ...structuredClone(hall.services['pension-enquiry']!), id, flow }
  const scenesDir = writeFixtureScenes([hall])
  const dataDir = makeTempDir('onehall-citizen-')
  const uploadsDir = path.join(dataDir, 'uploads')
  const db = createDatabase({ kind: 'sqlite', file: path.join(dataDir, 'test.sqlite') })
  await migrateToLatest(db)
  await seedDemoRecords(db)
  const app = await buildApp({
    scenes: await loadScenes(scenesDir),
    db,
    clientDir: path.join(dataDir, 'no-client'),
    version: '9.9.9-test',
    cookieSecret: 'test-secret-that-is-long-enough-0123456789',
    uploadsDir,
    purgeIntervalMs: 0,
    rateLimitMax: 10_000,
  })
  const call = ({ csrf = true, headers, ...options }: InjectOptions & { csrf?: boolean }) =>
    app.inject({ ...options, headers: { ...(csrf ? { 'x-onehall-csrf': '1' } : {}), ...headers } })
  return {
    app,
    db,
    uploadsDir,
    call,
    close: async () => {
      await app.close()
      await db.destroy()
      removeTempDir(scenesDir)
      removeTempDir(dataDir)
    },
  }
}

const TABLES = [
  'citizens',
  'access_log',
  'drafts',
  'attachments',
  'applications',
  'application_status_history',
  'idempotency_keys',
  'reference_counters',
] as const

/** Every row of the tables requests change, to compare before and after a bad request. */
export async function snapshot(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {}
  for (const table of TABLES) result[table] = await db.selectFrom(table).selectAll().execute()
  return result
}

/** Signs in as a demo citizen and returns the cookie header to send. */
export async function signIn(test: CitizenTestApp, citizenId = 'demo-01'): Promise<string> {
  const res = await test.call({ method: 'POST', url: '/api/identity/session', payload: { citizenId } })
  const cookie = res.cookies.find((c) => c.name === 'onehall_citizen')
  if (!cookie) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`)
  return `onehall_citizen=${cookie.value}`
}

/** Starts a draft and returns its resume code. */
export async function startDraft(
  test: CitizenTestApp,
  serviceId = 'pension-enquiry',
  cookie?: string,
): Promise<string> {
  const res = await test.call({
    method: 'POST',
    url: '/api/drafts',
    payload: { serviceId, hallId: 'test-hall' },
    ...(cookie ? { headers: { cookie } } : {}),
  })
  if (res.statusCode !== 201) throw new Error(`draft failed: ${res.statusCode} ${res.body}`)
  return (res.json() as { draft: { resumeCode: string } }).draft.resumeCode
}

/** Minimal valid files by type: the first bytes are what the server checks. */
export const FILES = {
  pdf: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0x20)]),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]),
}
