import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { citizenError } from '../applications/api-errors'
import { parseInput } from '../applications/body'
import { requestLanguage } from '../applications/request-language'
import type { Database } from '../db/database'
import { findCitizen, listDemoCitizens } from '../identity/citizens'
import { currentCitizen, endSession, startSession } from '../identity/session'

export type IdentityRouteOptions = { db: Kysely<Database> }

const signInSchema = z.object({ citizenId: z.string().min(1).max(32) }).strict()

/**
 * The simulated e-ID: GET /identity/demo-citizens, and GET/POST/DELETE /identity/session (a signed,
 * HttpOnly cookie). A real e-ID would replace POST /identity/session; see identity/session.ts.
 */
export const identityRoutes: FastifyPluginAsync<IdentityRouteOptions> = async (app, { db }) => {
  app.get('/identity/demo-citizens', async () => ({ citizens: await listDemoCitizens(db) }))

  app.get('/identity/session', async (request) => ({ citizen: await currentCitizen(db, request) }))

  app.post('/identity/session', async (request, reply) => {
    const lang = requestLanguage(request)
    const { citizenId } = parseInput(signInSchema, request.body, lang)
    const citizen = await findCitizen(db, citizenId)
    if (!citizen)
      throw citizenError(lang, 400, 'unknown_citizen', {
        fields: [
          { fieldId: 'citizenId', message: lang === 'en' ? 'Choose a demo citizen' : '请选择演示居民' },
        ],
      })
    startSession(reply, citizen.id)
    return { citizen }
  })

  app.delete('/identity/session', async (_request, reply) => {
    endSession(reply)
    return { citizen: null }
  })
}
