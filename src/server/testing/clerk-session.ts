import { addClerk, signInClerk, TEST_PASSWORD } from '../clerks/testing/clerk-accounts'
import type { Database } from '../db/database'
import { flowHall } from './fixture-scenes'
import { buildTestApp, type ClerkTestApp, type SignedInClerk } from './test-app'

/** Two clerks of the same department signed in on a fresh clerk test app. */
export type ClerkDesk = {
  t: ClerkTestApp
  /** `clerk-social-security`, the demo clerk at counter 01. */
  social: SignedInClerk
  /** A second social-security clerk (not a demo one) at counter 02. */
  other: SignedInClerk
}

/**
 * The set-up the clerk route tests share: the clerk test app (sign-in limit raised to 1000 a minute, as
 * these tests sign in often), a second social-security clerk at counter 02 named `otherUsername`, and
 * both social-security clerks signed in (cookie and CSRF token in each `SignedInClerk`). Others, such
 * as `supervisor` or `clerk-tax`, sign in with `signInClerk(t, ...)`. Close it with `t.close()`.
 * @param otherUsername @default 'other-social'
 */
export async function openClerkDesk(otherUsername = 'other-social'): Promise<ClerkDesk> {
  const t = await buildTestApp({
    hall: flowHall(),
    records: true,
    demoClerks: true,
    clerkApi: { loginAttemptsPerMinute: 1000 },
  })
  await addClerk(t.db, {
    username: otherUsername,
    departments: ['social-security'],
    counterId: 'counter-02',
    state: 'away',
    password: TEST_PASSWORD,
  })
  const social = await signInClerk(t, 'clerk-social-security')
  const other = await signInClerk(t, otherUsername)
  return { t, social, other }
}

/** The queue's tables, children first: what every clerk route test starts without. */
const QUEUE_TABLES = ['chat_messages', 'follow_ups', 'ratings', 'calls', 'tickets'] as const

/**
 * Puts the desk back for the next test: an empty queue (no tickets, calls, chat, ratings or follow-ups,
 * then the `also` tables in the order given), every clerk available, and nothing recorded of what the
 * routes told the queue or published on the bus. Sessions stay signed in.
 */
export async function resetClerkDesk(t: ClerkTestApp, also: readonly (keyof Database)[] = []): Promise<void> {
  for (const table of [...QUEUE_TABLES, ...also]) await t.db.deleteFrom(table).execute()
  await t.db.updateTable('clerks').set({ state: 'available' }).execute()
  t.notices.length = 0
  t.published.length = 0
}
