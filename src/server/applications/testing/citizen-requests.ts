import type { Kysely } from 'kysely'
import type { Database } from '../../db/database'
import { snapshot, type TestApp } from '../../testing/test-app'

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

/** Every row of the tables citizen requests change, to compare before and after a bad request. */
export const citizenSnapshot = (db: Kysely<Database>) => snapshot(db, TABLES)

/** Signs in as a demo citizen and returns the cookie header to send. */
export async function signIn(test: TestApp, citizenId = 'demo-01'): Promise<string> {
  const res = await test.call({ method: 'POST', url: '/api/identity/session', payload: { citizenId } })
  const cookie = res.cookies.find((c) => c.name === 'onehall_citizen')
  if (!cookie) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`)
  return `onehall_citizen=${cookie.value}`
}

/** Starts a draft and returns its resume code. */
export async function startDraft(
  test: TestApp,
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
