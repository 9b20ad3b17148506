import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { tokenSchema, type ServerMessage } from '../../shared/protocol'
import type { TicketStatus } from '../../shared/queue'
import type { Language } from '../../shared/scene'
import { parseInput } from '../applications/body'
import { requestLanguage } from '../applications/request-language'
import { callNextTicket } from '../calls/call-next'
import { readClerkQueue, readFollowUps } from '../calls/clerk-queue'
import { readCurrentCall } from '../calls/current-call'
import { CALL_OUTCOMES, endCall, wrapUpCall } from '../calls/end-call'
import type { QueueNotifierPort } from '../calls/ports'
import { readTicketContext } from '../calls/ticket-context'
import { moveCalledTicket, type ClerkTicketMove } from '../calls/ticket-moves'
import { clerkTicketView, type TicketRow } from '../calls/ticket-rows'
import { clerkError } from '../clerks/clerk-errors'
import { sessionOf } from '../clerks/clerk-guard'
import { readClerk } from '../clerks/clerks'
import type { Database } from '../db/database'
import { topics, type Bus } from '../realtime/bus'
import type { LoadedScenes } from '../scenes/load-scenes'

export type ClerkCallRouteOptions = {
  db: Kysely<Database>
  scenes: LoadedScenes
  notifier: QueueNotifierPort
  bus?: Bus<ServerMessage>
}

const ticketParams = z.object({ id: tokenSchema }).strict()
const callParams = z.object({ callId: tokenSchema }).strict()
const wrapUpSchema = z
  .object({ outcome: z.enum(CALL_OUTCOMES), notes: z.string().max(2000).default('') })
  .strict()

const STATUS_WORDS: Record<Language, Record<TicketStatus, string>> = {
  zh: {
    waiting: '等候中',
    called: '已叫号',
    serving: '办理中',
    done: '已办结',
    'no-show': '过号',
    cancelled: '已取消',
  },
  en: {
    waiting: 'waiting',
    called: 'called',
    serving: 'being served',
    done: 'done',
    'no-show': 'a no-show',
    cancelled: 'cancelled',
  },
}

function illegal(lang: Language, ticket: TicketRow) {
  const words = STATUS_WORDS[lang] as Record<string, string>
  return clerkError(lang, 409, 'ticket_state', {
    number: ticket.number,
    status: words[ticket.status] ?? ticket.status,
  })
}

/**
 * The clerk's work: the live queue, call next, the citizen's context, moving the
 * called ticket, ending and wrapping up the call, and supervisors' follow-up cases. The clerk guard of
 * the parent plugin has already checked the session and, for POSTs, its CSRF token.
 */
export const clerkCallRoutes: FastifyPluginAsync<ClerkCallRouteOptions> = async (app, options) => {
  const { db, scenes, notifier } = options

  /** The queue changed: tell the ticket's holder and everyone following its department. */
  const changed = (ticket: TicketRow) => {
    notifier.ticketChanged(ticket.id)
    notifier.departmentChanged(ticket.hall_id, ticket.department_id)
  }
  /** Tells both parties' sockets that the call is over; the change itself is already committed. */
  const ended = (request: FastifyRequest, callId: string, at: number) => {
    const message: ServerMessage = { type: 'call.event', callId, event: 'ended', at }
    options.bus?.publish(topics.call(callId), message).catch((err: unknown) => {
      request.log.error({ err, callId }, 'could not publish the end of a call')
    })
  }

  app.get('/clerk/queue', async (request) => readClerkQueue(db, sessionOf(request).clerk))

  // The clerk's open call, for a console that lost it (reload, crash) to restore its view.
  app.get('/clerk/current', async (request) => ({
    call: await readCurrentCall(db, scenes, sessionOf(request).clerk.id),
  }))

  app.post('/clerk/call-next', async (request) => {
    const lang = requestLanguage(request)
    const { clerk } = sessionOf(request)
    const result = await callNextTicket(db, clerk)
    if (result.kind === 'empty') throw clerkError(lang, 404, 'queue_empty')
    if (result.kind === 'open') throw clerkError(lang, 409, 'call_in_progress', { number: result.number })
    changed(result.ticket)
    return {
      ticket: clerkTicketView(result.ticket, scenes, result.callId),
      callId: result.callId,
      clerk: await readClerk(db, clerk.id),
    }
  })

  app.get('/clerk/tickets/:id/context', async (request) => {
    const lang = requestLanguage(request)
    const { id } = parseInput(ticketParams, request.params, lang)
    const context = await readTicketContext(db, scenes, sessionOf(request).clerk, id)
    if (!context) throw clerkError(lang, 404, 'ticket_not_found')
    return context
  })

  const moves: ClerkTicketMove[] = ['start', 'no-show', 'requeue']
  for (const move of moves)
    app.post(`/clerk/tickets/:id/${move}`, async (request) => {
      const lang = requestLanguage(request)
      const { id } = parseInput(ticketParams, request.params, lang)
      const result = await moveCalledTicket(db, sessionOf(request).clerk, id, move)
      if (result.kind === 'not-found') throw clerkError(lang, 404, 'ticket_not_found')
      if (result.kind === 'illegal') throw illegal(lang, result.ticket)
      changed(result.ticket)
      if (move !== 'start' && result.callId) ended(request, result.callId, Date.now())
      const callId = move === 'requeue' ? null : result.callId
      return {
        ticket: clerkTicketView(result.ticket, scenes, callId),
        clerk: await readClerk(db, sessionOf(request).clerk.id),
      }
    })

  app.post('/clerk/calls/:callId/end', async (request) => {
    const lang = requestLanguage(request)
    const { callId } = parseInput(callParams, request.params, lang)
    const result = await endCall(db, sessionOf(request).clerk, callId)
    if (result.kind === 'not-found') throw clerkError(lang, 404, 'call_not_found')
    if (result.kind === 'illegal') throw illegal(lang, result.ticket)
    changed(result.ticket)
    ended(request, callId, Number(result.call.ended_at))
    return {
      ticket: clerkTicketView(result.ticket, scenes, callId),
      call: { id: callId, endedAt: Number(result.call.ended_at) },
      clerk: await readClerk(db, sessionOf(request).clerk.id),
    }
  })

  app.post('/clerk/calls/:callId/wrap-up', async (request) => {
    const lang = requestLanguage(request)
    const { callId } = parseInput(callParams, request.params, lang)
    const input = parseInput(wrapUpSchema, request.body ?? {}, lang)
    const result = await wrapUpCall(db, sessionOf(request).clerk, callId, input)
    if (result.kind === 'not-found') throw clerkError(lang, 404, 'call_not_found')
    if (result.kind === 'not-ended') throw clerkError(lang, 409, 'call_not_ended')
    if (result.kind === 'already') throw clerkError(lang, 409, 'already_wrapped_up')
    return {
      call: {
        id: callId,
        outcome: result.call.outcome,
        notes: result.call.notes,
        wrappedUpAt: Number(result.call.wrapped_up_at),
      },
      application: result.application,
      clerk: await readClerk(db, sessionOf(request).clerk.id),
    }
  })

  app.get('/clerk/follow-ups', async (request) => {
    const { clerk } = sessionOf(request)
    if (!clerk.isSupervisor) throw clerkError(requestLanguage(request), 403, 'supervisor_only')
    return { followUps: await readFollowUps(db, clerk.hallId) }
  })
}
