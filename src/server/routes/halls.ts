import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { formatPath, idSchema } from '../../shared/scene'
import { ApiError } from '../http/errors'
import type { LoadedScenes } from '../scenes/load-scenes'

export type HallsRouteOptions = { scenes: LoadedScenes }

/** One row of GET /halls: enough to pick a hall without downloading it. */
export type HallSummary = {
  id: string
  name: { zh: string; en: string }
  counterCount: number
  departmentCount: number
  serviceCount: number
}

const hallParamsSchema = z.object({ id: idSchema })

/**
 * GET /halls lists every hall; GET /halls/:id returns one validated hall. Halls are loaded once at
 * start and never change while the server runs, so each carries its content hash as ETag.
 */
export const hallsRoutes: FastifyPluginAsync<HallsRouteOptions> = async (app, { scenes }) => {
  const summaries: HallSummary[] = [...scenes.halls.values()]
    .map((hall) => ({
      id: hall.id,
      name: hall.name,
      counterCount: hall.counters.length,
      departmentCount: hall.departments.length,
      serviceCount: hall.services.length,
    }))
    .sort((a, b) => a.id.localeCompare(b.id))

  app.get('/halls', async () => ({ halls: summaries }))

  app.get('/halls/:id', async (request, reply) => {
    const params = hallParamsSchema.safeParse(request.params)
    if (!params.success) {
      throw new ApiError(
        400,
        'bad_request',
        'Invalid hall id',
        params.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
      )
    }
    const hall = scenes.halls.get(params.data.id)
    if (!hall) throw new ApiError(404, 'not_found', `No hall with id "${params.data.id}"`)

    const etag = `"${scenes.contentHashes.get(hall.id) ?? ''}"`
    reply.header('cache-control', 'no-cache').header('etag', etag)
    if (request.headers['if-none-match'] === etag) return reply.code(304).send()
    return hall
  })
}
