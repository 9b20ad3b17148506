import { createHash, timingSafeEqual } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { CallRole } from '../../shared/protocol'
import type { Database } from '../db/database'

/** A party admitted to a call's signalling. */
export type CallParty = { callId: string; ticketId: string; clerkId: string; role: CallRole }

/** Who asks to join: the signed-in clerk, the ticket holder's secret, the signed-in citizen. */
export type CallJoiner = { clerkId?: string | null; token?: string | null; citizenId?: string | null }

function tokenMatches(token: string, storedHash: string): boolean {
  // sha256 hex, as the queue module stores it (hashTicketToken); compared in constant time.
  const sent = Buffer.from(createHash('sha256').update(token).digest('hex'))
  const stored = Buffer.from(storedHash)
  return sent.length === stored.length && timingSafeEqual(sent, stored)
}

/**
 * Who may join a call's signalling: its assigned clerk (by session), and the holder of its ticket
 * (by the ticket's secret token, or as the signed-in citizen who took it). Only while the call is on:
 * not after it ended, and only while its ticket is called or being served. Everyone else gets null.
 */
export async function authorizeCallJoin(
  db: Kysely<Database>,
  callId: string,
  who: CallJoiner,
): Promise<CallParty | null> {
  const row = await db
    .selectFrom('calls')
    .innerJoin('tickets', 'tickets.id', 'calls.ticket_id')
    .select([
      'calls.id as call_id',
      'calls.clerk_id',
      'calls.ended_at',
      'tickets.id as ticket_id',
      'tickets.status',
      'tickets.holder_token_hash',
      'tickets.citizen_id',
    ])
    .where('calls.id', '=', callId)
    .executeTakeFirst()
  if (!row || row.ended_at !== null || (row.status !== 'called' && row.status !== 'serving')) return null
  const party = (role: CallRole): CallParty => ({
    callId: row.call_id,
    ticketId: row.ticket_id,
    clerkId: row.clerk_id,
    role,
  })
  if (who.clerkId && who.clerkId === row.clerk_id) return party('clerk')
  if (who.token && tokenMatches(who.token, row.holder_token_hash)) return party('citizen')
  if (who.citizenId && row.citizen_id !== null && who.citizenId === row.citizen_id) return party('citizen')
  return null
}
