import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { MAX_RATING_COMMENT, RATING_LEVELS } from '../../shared/feedback/levels'
import { parseInput } from '../applications/body'
import { requestLanguage } from '../applications/request-language'
import type { Database } from '../db/database'
import { followUpOf, rateTicket } from '../queue/ratings'
import { requireTicketHolder } from '../queue/ticket-holder'
import { ticketParams } from './tickets'

export type RatingsRouteOptions = { db: Kysely<Database> }

const levels = RATING_LEVELS.map((l) => z.literal(l.level))
const ratingSchema = z
  .object({
    level: z.union(levels),
    comment: z.string().max(MAX_RATING_COMMENT).nullish(),
  })
  .strict()

/**
 * POST /tickets/:id/rating (the holder rates a completed service once, on five levels with an optional
 * comment; 201 `{rating, followUp}`) and GET /tickets/:id/follow-up (`{followUp}`: the case a bad rating
 * opened, or null). Both need the ticket's token or its signed-in owner.
 */
export const ratingsRoutes: FastifyPluginAsync<RatingsRouteOptions> = async (app, { db }) => {
  app.post('/tickets/:id/rating', async (request, reply) => {
    const lang = requestLanguage(request)
    const { id } = parseInput(ticketParams, request.params, lang)
    const ticket = await requireTicketHolder(db, request, id, lang)
    const body = parseInput(ratingSchema, request.body, lang)
    const comment = body.comment?.trim() || null
    return reply.code(201).send(await rateTicket(db, ticket, { level: body.level, comment }, lang))
  })

  app.get('/tickets/:id/follow-up', async (request) => {
    const lang = requestLanguage(request)
    const { id } = parseInput(ticketParams, request.params, lang)
    await requireTicketHolder(db, request, id, lang)
    return { followUp: await followUpOf(db, id) }
  })
}
