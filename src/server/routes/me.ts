import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import { listCitizenApplications } from '../applications/tracking'
import type { Database } from '../db/database'
import { requireCitizen } from '../identity/session'
import { listAccessLog } from '../records/access-log'
import type { LoadedScenes } from '../scenes/load-scenes'

export type MeRouteOptions = { db: Kysely<Database>; scenes: LoadedScenes }

/** GET /me/access-log ("who looked at my data") and GET /me/applications, for the signed-in citizen. */
export const meRoutes: FastifyPluginAsync<MeRouteOptions> = async (app, { db, scenes }) => {
  app.get('/me/access-log', async (request) => {
    const citizen = await requireCitizen(db, request)
    return { entries: await listAccessLog(db, citizen.id) }
  })

  app.get('/me/applications', async (request) => {
    const citizen = await requireCitizen(db, request)
    return { applications: await listCitizenApplications(db, scenes, citizen.id) }
  })
}
