import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { localizeFrameworkErrors } from '../applications/api-errors'
import { parseInput } from '../applications/body'
import { requestLanguage } from '../applications/request-language'
import type { ServerMessage } from '../../shared/protocol'
import { SILENT_NOTIFIER, type QueueNotifierPort } from '../calls/ports'
import { clerkError } from '../clerks/clerk-errors'
import { installClerkGuard, sessionOf } from '../clerks/clerk-guard'
import { endClerkSession, startClerkSession } from '../clerks/clerk-session'
import { clerkPrincipal, findClerkByUsername, setClerkState, type ClerkPrincipal } from '../clerks/clerks'
import type { ClerkPresence } from '../clerks/presence'
import { DEFAULT_PRESENCE_GRACE_MS, sweepAbsentClerks } from '../clerks/presence-sweep'
import { demoClerksRefused } from '../clerks/demo-clerks'
import { verifyAgainstDecoy, verifyPassword } from '../clerks/password'
import type { Database } from '../db/database'
import { leaveDesk, type LeaveResult } from '../queue/clerk-leaves'
import { sharedQueueNotifier } from '../queue/queue-notifier'
import { topics, type Bus } from '../realtime/bus'
import type { LoadedScenes } from '../scenes/load-scenes'
import { clerkCallRoutes } from './clerk-calls'

export type ClerkRouteOptions = {
  db: Kysely<Database>
  scenes: LoadedScenes
  /**
   * The realtime bus: `call.event ended` is published on it, and queue changes reach it through the
   * queue module's shared QueueNotifier. @default none (nothing is published)
   */
  bus?: Bus<ServerMessage>
  /** Told about every queue change. @default the shared QueueNotifier of `bus`, or nobody without one */
  notifier?: QueueNotifierPort
  /** Sign-in attempts per minute per IP and username. @default 5 */
  loginAttemptsPerMinute?: number
  /** Which clerks have a console connected (fed by the WebSocket hub). @default none: no presence */
  presence?: ClerkPresence
  /** How long a clerk may be without a console before being set away. @default 30 s */
  presenceGraceMs?: number
}

/** Clerk API bodies are small forms. */
const CLERK_BODY_LIMIT = 16 * 1024

const loginSchema = z
  .object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) })
  .strict()
const stateSchema = z.object({ state: z.enum(['available', 'away']) }).strict()

function loginKey(request: FastifyRequest): string {
  const body = request.body as { username?: unknown } | undefined
  const username = typeof body?.username === 'string' ? body.username.trim().toLowerCase().slice(0, 64) : ''
  return `${request.ip}|${username}`
}

/**
 * The clerk API: sign-in with a password (rate-limited), the session behind the
 * `onehall_clerk` cookie, the clerk's state, and the call routes (clerk-calls.ts). Every route but
 * sign-in needs the session, and every state change its CSRF token.
 */
export const clerkRoutes: FastifyPluginAsync<ClerkRouteOptions> = async (app, options) => {
  const { db } = options
  const notifier =
    options.notifier ??
    (options.bus
      ? sharedQueueNotifier(db, options.scenes, options.bus, {
          onError: (err, key) => app.log.error({ err, key }, 'queue notification failed'),
        })
      : SILENT_NOTIFIER)
  localizeFrameworkErrors(app)
  app.addHook('onRoute', (route) => {
    route.bodyLimit ??= CLERK_BODY_LIMIT
  })
  installClerkGuard(app, db)

  /** On-duty clerks change waits ("no clerk" or an estimate) in every department they serve. */
  const dutyChanged = (clerk: ClerkPrincipal) => {
    for (const departmentId of clerk.departments) notifier.departmentChanged(clerk.hallId, departmentId)
  }

  /** A ticket handed back on leaving: its holder, the queue and the dropped call's parties hear of it. */
  const handedBack = (result: LeaveResult) => {
    if (result.kind !== 'free' || !result.requeued) return
    const { ticket, callId } = result.requeued
    notifier.ticketChanged(ticket.id)
    notifier.departmentChanged(ticket.hall_id, ticket.department_id)
    if (callId)
      options.bus
        ?.publish(topics.call(callId), { type: 'call.event', callId, event: 'ended', at: Date.now() })
        .catch((err: unknown) => app.log.error({ err, callId }, 'could not publish the end of a call'))
  }

  const grace = options.presenceGraceMs ?? DEFAULT_PRESENCE_GRACE_MS
  if (options.presence && grace > 0) {
    const presence = options.presence
    let sweeping = false
    const sweep = async () => {
      if (sweeping) return
      sweeping = true
      try {
        for (const gone of await sweepAbsentClerks(db, presence, grace)) {
          handedBack(gone.left)
          if (gone.away) dutyChanged(gone.clerk)
          app.log.info({ clerkId: gone.clerk.id, away: gone.away }, 'clerk without a console: left the desk')
        }
      } catch (err) {
        app.log.error({ err }, 'the clerk presence sweep failed')
      } finally {
        sweeping = false
      }
    }
    // A few sweeps per grace period: a clerk is away at most a third of it late.
    const timer = setInterval(() => void sweep(), Math.max(20, Math.min(5000, grace / 3)))
    timer.unref()
    app.addHook('onClose', async () => clearInterval(timer))
  }

  app.post(
    '/clerk/login',
    {
      config: {
        clerkPublic: true,
        rateLimit: {
          max: options.loginAttemptsPerMinute ?? 5,
          timeWindow: 60_000,
          // After the body is parsed, so the key can include the username tried.
          hook: 'preHandler',
          keyGenerator: loginKey,
          errorResponseBuilder: (request) => clerkError(requestLanguage(request), 429, 'rate_limited'),
        },
      },
    },
    async (request, reply) => {
      const lang = requestLanguage(request)
      const { username, password } = parseInput(loginSchema, request.body, lang)
      const row = await findClerkByUsername(db, username)
      // The same scrypt work whether or not the account exists, so timing does not tell.
      const ok = row ? await verifyPassword(password, row.password_hash) : await verifyAgainstDecoy(password)
      if (!row || !ok) throw clerkError(lang, 401, 'bad_credentials')
      if (row.is_demo === 1 && demoClerksRefused()) throw clerkError(lang, 403, 'demo_refused')
      // Signing in at the desk means being ready; a clerk mid-call (signing in again) stays as they are.
      const now = Date.now()
      if (row.state === 'away') await setClerkState(db, row.id, 'available', now)
      const csrfToken = await startClerkSession(db, request, reply, row.id, now)
      const clerk = clerkPrincipal(row.state === 'away' ? { ...row, state: 'available' } : row)
      dutyChanged(clerk)
      return { clerk, csrfToken }
    },
  )

  app.post('/clerk/logout', async (request, reply) => {
    const { clerk } = sessionOf(request)
    await endClerkSession(db, request, reply)
    // Other sessions of the same clerk (another tab) keep the clerk on duty.
    const others = await db
      .selectFrom('clerk_sessions')
      .select('id')
      .where('clerk_id', '=', clerk.id)
      .execute()
    if (others.length === 0) {
      // The last session: a called ticket goes back to the queue; a served one stays (clerk stays busy).
      const left = await leaveDesk(db, clerk)
      handedBack(left)
      if (left.kind === 'free') {
        await setClerkState(db, clerk.id, 'away', Date.now())
        dutyChanged(clerk)
      }
    }
    return { clerk: null }
  })

  app.get('/clerk/me', async (request) => {
    const { clerk, csrfToken } = sessionOf(request)
    return { clerk, csrfToken }
  })

  app.post('/clerk/state', async (request) => {
    const lang = requestLanguage(request)
    const { state } = parseInput(stateSchema, request.body, lang)
    const { clerk } = sessionOf(request)
    let current = clerk.state
    if (state === 'away') {
      // Going away hands a called ticket back to the queue; a citizen being served keeps their clerk.
      const left = await leaveDesk(db, clerk)
      if (left.kind === 'serving') throw clerkError(lang, 409, 'call_in_progress', { number: left.number })
      handedBack(left)
      // The requeue freed the clerk: they still go away below.
      if (left.requeued) current = 'available'
    } else {
      const open = await db
        .selectFrom('tickets')
        .select('number')
        .where('clerk_id', '=', clerk.id)
        .where('status', 'in', ['called', 'serving'])
        .executeTakeFirst()
      // Busy is the server's to end (end of call), or the ticket would be left without its clerk.
      if (open) throw clerkError(lang, 409, 'call_in_progress', { number: open.number })
    }
    if (current !== state) {
      await setClerkState(db, clerk.id, state, Date.now())
      dutyChanged(clerk)
    }
    return { clerk: { ...clerk, state } }
  })

  await app.register(clerkCallRoutes, { ...options, notifier })
}
