import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { flowIdSchema } from '../../shared/flow'
import { parseInput } from '../applications/body'
import { prefillPreview } from '../applications/prefill'
import { requestLanguage } from '../applications/request-language'
import { findApplicableService } from '../applications/services'
import type { Database } from '../db/database'
import { requireCitizen } from '../identity/session'
import type { LoadedScenes } from '../scenes/load-scenes'

export type RecordsRouteOptions = { db: Kysely<Database>; scenes: LoadedScenes }

const paramsSchema = z.object({ serviceId: flowIdSchema })
const querySchema = z.object({ hall: flowIdSchema.optional(), lang: z.string().optional() })

/**
 * GET /services/:serviceId/prefill-preview (signed in): which of the citizen's register values would
 * fill which questions, before they consent. Reading them is logged.
 */
export const recordsRoutes: FastifyPluginAsync<RecordsRouteOptions> = async (app, { db, scenes }) => {
  app.get('/services/:serviceId/prefill-preview', async (request) => {
    const lang = requestLanguage(request)
    const citizen = await requireCitizen(db, request)
    const { serviceId } = parseInput(paramsSchema, request.params, lang)
    const { hall } = parseInput(querySchema, request.query, lang)
    const target = findApplicableService(scenes, serviceId, hall, lang)
    return { registers: await prefillPreview(db, target, citizen, lang) }
  })
}
