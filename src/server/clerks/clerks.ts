import type { Kysely, Selectable, Transaction } from 'kysely'
import type { LocalizedText } from '../../shared/scene'
import type { Database } from '../db/database'
import type { ClerksTable } from './tables'

/** What a clerk is doing: serving a call (`busy`), after-call work (`wrap-up`), ready, or not on duty. */
export const CLERK_STATES = ['available', 'busy', 'wrap-up', 'away'] as const
export type ClerkState = (typeof CLERK_STATES)[number]

/** A signed-in clerk as routes, the console and the WebSocket hub see them. */
export type ClerkPrincipal = {
  id: string
  username: string
  displayName: LocalizedText
  hallId: string
  /** The clerk's skills: the departments whose tickets they may call. */
  departments: string[]
  /** The window tickets are called to. */
  counterId: string
  isSupervisor: boolean
  state: ClerkState
}

export type ClerkRow = Selectable<ClerksTable>

function asState(value: string): ClerkState {
  return (CLERK_STATES as readonly string[]).includes(value) ? (value as ClerkState) : 'away'
}

function asDepartments(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}

/** A clerk row as the API shows it (no password hash, no demo flag). */
export function clerkPrincipal(row: ClerkRow): ClerkPrincipal {
  return {
    id: row.id,
    username: row.username,
    displayName: { zh: row.display_name_zh, en: row.display_name_en },
    hallId: row.hall_id,
    departments: asDepartments(row.departments),
    counterId: row.counter_id,
    isSupervisor: row.is_supervisor === 1,
    state: asState(row.state),
  }
}

/** A clerk by username (as typed: trimmed, case-insensitive), or undefined. */
export async function findClerkByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<ClerkRow | undefined> {
  return db
    .selectFrom('clerks')
    .selectAll()
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst()
}

/** A clerk as the API shows them now (after the server changed their state), or null. */
export async function readClerk(db: Kysely<Database>, clerkId: string): Promise<ClerkPrincipal | null> {
  const row = await db.selectFrom('clerks').selectAll().where('id', '=', clerkId).executeTakeFirst()
  return row ? clerkPrincipal(row) : null
}

/** Sets a clerk's state (and the moment it began, for wait estimates and supervisors' views). */
export async function setClerkState(
  db: Kysely<Database> | Transaction<Database>,
  clerkId: string,
  state: ClerkState,
  now: number,
): Promise<void> {
  await db.updateTable('clerks').set({ state, state_since: now }).where('id', '=', clerkId).execute()
}
