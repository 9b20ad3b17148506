import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { sceneIdSchema, tokenSchema, type ServerMessage } from '../../shared/protocol'
import { citizenError } from '../applications/api-errors'
import { parseInput } from '../applications/body'
import { requestLanguage } from '../applications/request-language'
import type { Database } from '../db/database'
import { sessionCitizenId } from '../identity/session'
import { cancelTicket } from '../queue/cancel-ticket'
import { TICKET_FLAGS } from '../queue/priority-rules'
import type { QueueNotifier } from '../queue/queue-notifier'
import { resolveQueueTarget } from '../queue/queue-target'
import { takeTicket } from '../queue/take-ticket'
import { checkTicketContext } from '../queue/ticket-context'
import { presentedTicketToken, requireTicketHolder } from '../queue/ticket-holder'
import { readTicketView } from '../queue/ticket-view'
import { topics, type Bus } from '../realtime/bus'
import type { LoadedScenes } from '../scenes/load-scenes'

export type TicketsRouteOptions = {
  db: Kysely<Database>
  scenes: LoadedScenes
  notifier: QueueNotifier
  /** Where a cancelled call's end is published (`call.event ended` on `topics.call`). */
  bus: Bus<ServerMessage>
}

const takeSchema = z
  .object({
    hallId: sceneIdSchema,
    departmentId: sceneIdSchema,
    serviceId: sceneIdSchema.nullish(),
    counterId: sceneIdSchema.nullish(),
    resumeCode: z.string().max(20).nullish(),
    applicationReference: z.string().min(1).max(32).nullish(),
    flags: z.array(z.enum(TICKET_FLAGS)).max(TICKET_FLAGS.length).nullish(),
  })
  .strict()
export const ticketParams = z.object({ id: tokenSchema })

/**
 * Tickets: take one (201 with the holder token, shown once; 200 with the holder's
 * open ticket of the department; 409 `no_clerk_on_duty` when nobody serves it now), read it, cancel it.
 * Reading and cancelling need the token in `X-OneHall-Ticket`, or the signed-in citizen who took it.
 */
export const ticketsRoutes: FastifyPluginAsync<TicketsRouteOptions> = async (
  app,
  { db, scenes, notifier, bus },
) => {
  app.post('/tickets', async (request, reply) => {
    const lang = requestLanguage(request)
    const body = parseInput(takeSchema, request.body, lang)
    const target = resolveQueueTarget(scenes, body, lang, 'video')
    const citizenId = sessionCitizenId(request)
    const context = await checkTicketContext(db, { ...body, citizenId }, lang)
    const taken = await takeTicket(db, {
      target,
      flags: body.flags ?? [],
      context,
      citizenId,
      language: lang,
      presentedToken: presentedTicketToken(request),
    })
    if (taken.created) notifier.departmentChanged(target.hall.id, target.department.id)
    const ticket = await readTicketView(db, scenes, taken.ticketId)
    return reply.code(taken.created ? 201 : 200).send({ ticket, token: taken.token })
  })

  app.get('/tickets/:id', async (request) => {
    const lang = requestLanguage(request)
    const { id } = parseInput(ticketParams, request.params, lang)
    await requireTicketHolder(db, request, id, lang)
    return { ticket: await readTicketView(db, scenes, id) }
  })

  app.post('/tickets/:id/cancel', async (request) => {
    const lang = requestLanguage(request)
    const { id } = parseInput(ticketParams, request.params, lang)
    const row = await requireTicketHolder(db, request, id, lang)
    const result = await cancelTicket(db, row)
    // Ended, or called or finished by a clerk in the meantime: the holder sees it now and may try again.
    if (result.kind === 'closed') throw citizenError(lang, 409, 'ticket_closed')
    if (result.endedCallId !== null) {
      const callId = result.endedCallId
      bus
        .publish(topics.call(callId), { type: 'call.event', callId, event: 'ended', at: result.at })
        .catch((err: unknown) => request.log.error({ err, callId }, 'could not publish the end of a call'))
    }
    notifier.ticketChanged(id)
    notifier.departmentChanged(row.hall_id, row.department_id)
    return { ticket: await readTicketView(db, scenes, id) }
  })
}
