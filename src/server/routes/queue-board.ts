import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { sceneIdSchema } from '../../shared/protocol'
import { parseInput } from '../applications/body'
import { requestLanguage } from '../applications/request-language'
import type { Database } from '../db/database'
import { readBoard } from '../queue/board'
import { resolvePlace } from '../queue/queue-target'
import { departmentAvailability } from '../queue/standings'
import type { LoadedScenes } from '../scenes/load-scenes'

export type QueueBoardRouteOptions = { db: Kysely<Database>; scenes: LoadedScenes }

const boardParams = z.object({ hallId: sceneIdSchema })
const availabilityParams = boardParams.extend({ departmentId: sceneIdSchema })

/**
 * GET /halls/:hallId/board (the `board.update` payload, for a board's first paint before the WebSocket
 * takes over) and GET /halls/:hallId/departments/:departmentId/availability (`{onDuty, wait}`: whether
 * taking a ticket makes sense now, or a callback or appointment is the way).
 */
export const queueBoardRoutes: FastifyPluginAsync<QueueBoardRouteOptions> = async (app, { db, scenes }) => {
  app.get('/halls/:hallId/board', async (request) => {
    const lang = requestLanguage(request)
    const { hallId } = parseInput(boardParams, request.params, lang)
    resolvePlace(scenes, hallId, null, lang)
    return readBoard(db, scenes, hallId)
  })

  app.get('/halls/:hallId/departments/:departmentId/availability', async (request) => {
    const lang = requestLanguage(request)
    const { hallId, departmentId } = parseInput(availabilityParams, request.params, lang)
    resolvePlace(scenes, hallId, departmentId, lang)
    return departmentAvailability(db, hallId, departmentId)
  })
}
