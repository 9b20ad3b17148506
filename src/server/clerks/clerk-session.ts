import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import { clerkPrincipal, type ClerkPrincipal } from './clerks'
import { demoClerksRefused } from './demo-clerks'

/** The clerk's session cookie: a random token; the database keeps only its sha256. */
export const CLERK_COOKIE = 'onehall_clerk'
/** The header carrying the session's CSRF token on every state-changing clerk request. */
export const CLERK_CSRF_HEADER = 'x-onehall-clerk-csrf'
/** A working day: a clerk signs in again after this long. */
export const CLERK_SESSION_MS = 8 * 60 * 60 * 1000

/** A valid session: who is signed in, the CSRF token their page must echo, and the session's id. */
export type ClerkSession = { clerk: ClerkPrincipal; csrfToken: string; sessionId: string }

function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

function cookieOptions(request: FastifyRequest) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    path: '/',
    secure: request.protocol === 'https',
  }
}

/**
 * Opens a session for a clerk who has just proved their password: stores sha256(token) with a fresh
 * CSRF token and an 8-hour expiry, and sets the cookie. Returns the CSRF token for the page.
 */
export async function startClerkSession(
  db: Kysely<Database>,
  request: FastifyRequest,
  reply: FastifyReply,
  clerkId: string,
  now: number = Date.now(),
): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(24).toString('base64url')
  // Expired sessions of anyone are dropped here, so the table never grows without bound.
  await db.deleteFrom('clerk_sessions').where('expires_at', '<=', now).execute()
  await db
    .insertInto('clerk_sessions')
    .values({
      id: sha256(token),
      clerk_id: clerkId,
      csrf_token: csrfToken,
      created_at: now,
      expires_at: now + CLERK_SESSION_MS,
    })
    .execute()
  reply.setCookie(CLERK_COOKIE, token, { ...cookieOptions(request), maxAge: CLERK_SESSION_MS / 1000 })
  return csrfToken
}

/** Ends the request's session (if any) in the database and clears the cookie. */
export async function endClerkSession(
  db: Kysely<Database>,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const token = request.cookies[CLERK_COOKIE]
  if (token) await db.deleteFrom('clerk_sessions').where('id', '=', sha256(token)).execute()
  reply.clearCookie(CLERK_COOKIE, cookieOptions(request))
}

/**
 * The session behind the request's cookie, or null: no cookie, unknown or tampered token, expired,
 * or a demo clerk while demo accounts are refused (production).
 */
export async function clerkSessionFromRequest(
  db: Kysely<Database>,
  request: FastifyRequest,
  now: number = Date.now(),
): Promise<ClerkSession | null> {
  const token = request.cookies[CLERK_COOKIE]
  if (!token || token.length > 100) return null
  const row = await db
    .selectFrom('clerk_sessions')
    .innerJoin('clerks', 'clerks.id', 'clerk_sessions.clerk_id')
    .selectAll('clerks')
    .select(['clerk_sessions.id as session_id', 'clerk_sessions.csrf_token', 'clerk_sessions.expires_at'])
    .where('clerk_sessions.id', '=', sha256(token))
    .executeTakeFirst()
  if (!row || Number(row.expires_at) <= now) return null
  if (row.is_demo === 1 && demoClerksRefused()) return null
  return { clerk: clerkPrincipal(row), csrfToken: row.csrf_token, sessionId: row.session_id }
}

/**
 * The signed-in clerk of a request, or null. Used by the clerk routes and by the WebSocket hub at
 * upgrade (the cookie comes along with the upgrade request).
 */
export async function clerkFromRequest(
  db: Kysely<Database>,
  request: FastifyRequest,
): Promise<ClerkPrincipal | null> {
  return (await clerkSessionFromRequest(db, request))?.clerk ?? null
}

/** Whether the request carries the session's CSRF token in `X-OneHall-Clerk-CSRF` (constant-time). */
export function hasClerkCsrfToken(request: FastifyRequest, session: ClerkSession): boolean {
  const sent = request.headers[CLERK_CSRF_HEADER]
  if (typeof sent !== 'string') return false
  const a = Buffer.from(sent)
  const b = Buffer.from(session.csrfToken)
  return a.length === b.length && timingSafeEqual(a, b)
}
