import type { Kysely } from 'kysely'
import type { Database } from '../../db/database'
import { snapshot, TEST_HALL, type SignedInClerk, type TestApp } from '../../testing/test-app'
import { hashPassword } from '../password'

/** The demo clerks' password, and the one {@link addClerk} gives when asked to. */
export const TEST_PASSWORD = 'onehall-demo'

let clerkCount = 0

/** A clerk row for {@link addClerk}. */
export type TestClerk = {
  departments: string[]
  /** @default the clerk's id */
  username?: string
  /** @default 'counter-01' */
  counterId?: string
  /** @default 'available' (on duty) */
  state?: string
  /** @default the fixture hall */
  hallId?: string
  isSupervisor?: boolean
  /** The password the clerk signs in with (hashed for real, tens of milliseconds). @default none: the clerk cannot sign in */
  password?: string
}

/**
 * Inserts a (non-demo) clerk row: for the queue, someone on duty; with a `password`, an account that
 * signs in.
 * @returns the clerk's id
 */
export async function addClerk(db: Kysely<Database>, spec: TestClerk): Promise<string> {
  const id = `clerk-test-${++clerkCount}`
  const username = spec.username ?? id
  await db
    .insertInto('clerks')
    .values({
      id,
      username,
      display_name_zh: '测试',
      display_name_en: 'Test',
      password_hash: spec.password === undefined ? 'not-a-hash' : await hashPassword(spec.password),
      hall_id: spec.hallId ?? TEST_HALL,
      departments: JSON.stringify(spec.departments),
      counter_id: spec.counterId ?? 'counter-01',
      is_supervisor: spec.isSupervisor ? 1 : 0,
      is_demo: 0,
      state: spec.state ?? 'available',
      state_since: Date.now(),
      created_at: new Date().toISOString(),
    })
    .execute()
  return id
}

/** Signs a clerk in (demo password by default) and returns what later requests need. */
export async function signInClerk(
  t: TestApp,
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
export const clerkSnapshot = (db: Kysely<Database>) => snapshot(db, CLERK_TABLES)
