import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import { citizenError } from '../applications/api-errors'
import { requestLanguage } from '../applications/request-language'
import { findCitizen, type CitizenSummary } from './citizens'

/** The signed, HttpOnly cookie naming the signed-in citizen. */
export const SESSION_COOKIE = 'onehall_citizen'
const SESSION_SECONDS = 8 * 60 * 60

/**
 * Signs a citizen in. This is the seam for a real e-ID: a real login would verify the identity
 * provider's assertion here and set the same cookie; nothing else in the server knows how sign-in works.
 */
export function startSession(reply: FastifyReply, citizenId: string): void {
  reply.setCookie(SESSION_COOKIE, citizenId, {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: SESSION_SECONDS,
  })
}

export function endSession(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' })
}

/** The signed-in citizen's id from a valid signed cookie, or null (no cookie, or tampered with). */
export function sessionCitizenId(request: FastifyRequest): string | null {
  const raw = request.cookies[SESSION_COOKIE]
  if (!raw) return null
  const unsigned = request.unsignCookie(raw)
  return unsigned.valid && unsigned.value ? unsigned.value : null
}

/** The signed-in citizen, or null when nobody is (or the citizen no longer exists). */
export async function currentCitizen(
  db: Kysely<Database>,
  request: FastifyRequest,
): Promise<CitizenSummary | null> {
  const id = sessionCitizenId(request)
  return id ? ((await findCitizen(db, id)) ?? null) : null
}

/** The signed-in citizen; 401 `sign_in_required` otherwise. */
export async function requireCitizen(db: Kysely<Database>, request: FastifyRequest): Promise<CitizenSummary> {
  const citizen = await currentCitizen(db, request)
  if (!citizen) throw citizenError(requestLanguage(request), 401, 'sign_in_required')
  return citizen
}
