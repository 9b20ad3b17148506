import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { sceneIdSchema } from '../../shared/protocol'
import { parseInput } from '../applications/body'
import { requestLanguage } from '../applications/request-language'
import type { Database } from '../db/database'
import { sessionCitizenId } from '../identity/session'
import { CALLBACK_PARTS, createCallback } from '../queue/callbacks'
import { checkContact } from '../queue/contact-fields'
import { resolveQueueTarget } from '../queue/queue-target'
import type { LoadedScenes } from '../scenes/load-scenes'

export type CallbacksRouteOptions = { db: Kysely<Database>; scenes: LoadedScenes }

const callbackSchema = z
  .object({
    hallId: sceneIdSchema,
    departmentId: sceneIdSchema,
    serviceId: sceneIdSchema.nullish(),
    name: z.string().max(200),
    phone: z.string().max(40),
    preferredDay: z.string().max(20),
    preferredPart: z.enum(CALLBACK_PARTS),
  })
  .strict()

/**
 * POST /callbacks: when nobody of a department is on duty, a citizen leaves a name, a mobile number and
 * a preferred working day and part of it; clerks see the request in their console. 201 `{callback}`.
 */
export const callbacksRoutes: FastifyPluginAsync<CallbacksRouteOptions> = async (app, { db, scenes }) => {
  app.post('/callbacks', async (request, reply) => {
    const lang = requestLanguage(request)
    const body = parseInput(callbackSchema, request.body, lang)
    const { hall, department, service } = resolveQueueTarget(scenes, body, lang, 'video')
    const contact = checkContact(body, lang)
    const callback = await createCallback(db, {
      hallId: hall.id,
      departmentId: department.id,
      serviceId: service?.id ?? null,
      name: contact.name,
      phone: contact.phone,
      preferredDay: body.preferredDay,
      preferredPart: body.preferredPart,
      citizenId: sessionCitizenId(request),
      language: lang,
    })
    return reply.code(201).send({ callback })
  })
}
