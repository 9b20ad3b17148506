import type { FastifyPluginAsync } from 'fastify'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/database'

export type HealthRouteOptions = { db: Kysely<Database>; version: string }

/** GET /health: `{ status: 'ok', db: 'ok', version }`, or 503 when the database does not answer. */
export const healthRoutes: FastifyPluginAsync<HealthRouteOptions> = async (app, { db, version }) => {
  app.get('/health', async (request, reply) => {
    try {
      await sql`select 1`.execute(db)
    } catch (err) {
      request.log.error({ err }, 'health check: database query failed')
      return reply.code(503).send({
        status: 'error',
        db: 'error',
        version,
        error: { code: 'db_unavailable', message: 'The database is not answering.' },
      })
    }
    return { status: 'ok', db: 'ok', version }
  })
}
