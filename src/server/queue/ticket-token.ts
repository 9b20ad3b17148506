import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database'

/** The request header that carries a ticket's token. */
export const TICKET_TOKEN_HEADER = 'x-onehall-ticket'

/** Longer input is not a token; it is refused before hashing. */
const MAX_TOKEN_LENGTH = 128

/**
 * A new holder token: 32 random bytes, base64url. It is handed to the citizen once, with the ticket;
 * only its hash is stored, so a copy of the database cannot be used to watch tickets or join calls.
 */
export function newTicketToken(): string {
  return randomBytes(32).toString('base64url')
}

/** The stored form of a token: sha256, hex. */
export function hashTicketToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

// Compared against when the ticket does not exist, so a miss costs the same as a wrong token.
const NO_TICKET_HASH = hashTicketToken('no such ticket')

/**
 * Whether `token` is the holder token of the ticket. The hashes are compared in constant time; an
 * unknown ticket, an empty or overlong token all answer false.
 */
export async function verifyTicketToken(
  db: Kysely<Database>,
  ticketId: string,
  token: string | null | undefined,
): Promise<boolean> {
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return false
  const row = await db
    .selectFrom('tickets')
    .select('holder_token_hash')
    .where('id', '=', ticketId)
    .executeTakeFirst()
  const stored = Buffer.from(row?.holder_token_hash ?? NO_TICKET_HASH, 'hex')
  const given = Buffer.from(hashTicketToken(token), 'hex')
  return stored.length === given.length && timingSafeEqual(stored, given) && row !== undefined
}
