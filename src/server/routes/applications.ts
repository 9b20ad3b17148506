import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { citizenError } from '../applications/api-errors'
import { parseInput } from '../applications/body'
import { requestLanguage } from '../applications/request-language'
import { applicationView, submitApplication } from '../applications/submit'
import { trackApplication } from '../applications/tracking'
import type { Database } from '../db/database'
import { sessionCitizenId } from '../identity/session'
import type { LoadedScenes } from '../scenes/load-scenes'

export type ApplicationsRouteOptions = { db: Kysely<Database>; scenes: LoadedScenes }

const submitSchema = z.object({ resumeCode: z.string().max(20), declarationAccepted: z.boolean() }).strict()
const keySchema = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/)
const trackParams = z.object({ reference: z.string().min(1).max(32) })
const trackQuery = z.object({ code: z.string().max(20).optional(), lang: z.string().optional() })

/**
 * POST /applications submits a draft once per Idempotency-Key (201 first time, 200 with the same
 * application after); GET /applications/:reference tracks it for its owner or with `?code=`.
 */
export const applicationsRoutes: FastifyPluginAsync<ApplicationsRouteOptions> = async (
  app,
  { db, scenes },
) => {
  app.post('/applications', async (request, reply) => {
    const lang = requestLanguage(request)
    const key = keySchema.safeParse(request.headers['idempotency-key'])
    if (!key.success) throw citizenError(lang, 400, 'idempotency_key_required')
    const body = parseInput(submitSchema, request.body, lang)
    const { application, created } = await submitApplication(db, {
      code: body.resumeCode,
      idempotencyKey: key.data,
      declarationAccepted: body.declarationAccepted,
      language: lang,
      scenes,
    })
    return reply.code(created ? 201 : 200).send({ application: applicationView(application, scenes) })
  })

  app.get('/applications/:reference', async (request) => {
    const lang = requestLanguage(request)
    const { reference } = parseInput(trackParams, request.params, lang)
    const { code } = parseInput(trackQuery, request.query, lang)
    return trackApplication(db, scenes, reference, { citizenId: sessionCitizenId(request), code }, lang)
  })
}
