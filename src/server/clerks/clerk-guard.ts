import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { requestLanguage } from '../applications/request-language'
import type { Database } from '../db/database'
import { clerkError } from './clerk-errors'
import { clerkSessionFromRequest, hasClerkCsrfToken, type ClerkSession } from './clerk-session'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A clerk route anyone may call (sign-in); every other clerk route needs a session. */
    clerkPublic?: boolean
  }
  interface FastifyRequest {
    /** The clerk's session, set by the clerk guard on every non-public clerk route. */
    clerkSession: ClerkSession | null
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Guards every route of the plugin it is installed in, before the body is read: 401
 * `clerk_sign_in_required` without a valid session, and 403 `csrf` when a state-changing request lacks
 * the session's token in `X-OneHall-Clerk-CSRF` (the global `X-OneHall-CSRF: 1` is checked before).
 * Routes with `config: { clerkPublic: true }` are skipped.
 */
export function installClerkGuard(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('clerkSession', null)
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.clerkPublic) return
    const lang = requestLanguage(request)
    const session = await clerkSessionFromRequest(db, request)
    if (!session) throw clerkError(lang, 401, 'clerk_sign_in_required')
    if (STATE_CHANGING.has(request.method) && !hasClerkCsrfToken(request, session))
      throw clerkError(lang, 403, 'csrf')
    request.clerkSession = session
  })
}

/** The guarded request's session (the guard has already refused requests without one). */
export function sessionOf(request: FastifyRequest): ClerkSession {
  const session = request.clerkSession
  if (!session) throw new Error('clerk route without the clerk guard')
  return session
}
