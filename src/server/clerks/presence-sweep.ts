import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import { leaveDesk, type LeaveResult } from '../queue/clerk-leaves'
import { ON_DUTY_STATES } from '../queue/on-duty'
import { clerkPrincipal, type ClerkPrincipal } from './clerks'
import type { ClerkPresence } from './presence'

/** How long a clerk may be without a console before they are set away. @see sweepAbsentClerks */
export const DEFAULT_PRESENCE_GRACE_MS = 30_000

/** What the sweep did to one clerk who had gone. */
export type AbsentClerk = {
  clerk: ClerkPrincipal
  /** Their called ticket handed back to the queue, or `serving` (kept: they must end it). */
  left: LeaveResult
  /** Whether they were set away (not while still serving a citizen). */
  away: boolean
}

/**
 * Sets away every clerk on duty who has had no console connected for `graceMs`, handing their
 * called-but-unanswered ticket back to the queue at its place, exactly as leaving the desk does
 * (`leaveDesk`). A clerk mid-service keeps their ticket and stays busy, as on sign-out. The grace
 * runs from the later of their last socket closing and their last state change (a sign-in, a "call
 * next"), so a clerk who has just signed in has time to open the console. Setting away is a
 * compare-and-set on the state read, so a clerk who came back meanwhile is left alone.
 * @returns the clerks it acted on (callers tell the queues and the calls)
 */
export async function sweepAbsentClerks(
  db: Kysely<Database>,
  presence: ClerkPresence,
  graceMs: number,
  now: number = Date.now(),
): Promise<AbsentClerk[]> {
  const rows = await db.selectFrom('clerks').selectAll().where('state', 'in', ON_DUTY_STATES).execute()
  const gone = rows.filter(
    (row) =>
      !presence.connected(row.id) &&
      Math.max(presence.lastSeen(row.id), Number(row.state_since)) + graceMs <= now,
  )
  const acted: AbsentClerk[] = []
  for (const row of gone) {
    // A console may have connected while the previous clerk was handled.
    if (presence.connected(row.id)) continue
    const clerk = clerkPrincipal(row)
    const left = await leaveDesk(db, clerk)
    let away = false
    if (left.kind === 'free') {
      const updated = await db
        .updateTable('clerks')
        .set({ state: 'away', state_since: now })
        .where('id', '=', row.id)
        // Unchanged since read, or just made available by the hand-back; else the clerk acted meanwhile.
        .where((eb) =>
          left.requeued ? eb('state', '=', 'available') : eb('state_since', '=', row.state_since),
        )
        .where('state', 'in', ON_DUTY_STATES)
        .executeTakeFirst()
      away = Number(updated.numUpdatedRows) > 0
    }
    if (left.kind === 'free') acted.push({ clerk, left, away })
  }
  return acted
}
