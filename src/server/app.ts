import fastifyCookie from '@fastify/cookie'
import fastifyHelmet from '@fastify/helmet'
import fastifyRateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from './db/database'
import { registerClientApp } from './http/client-app'
import { installErrorHandler } from './http/error-handler'
import { ApiError } from './http/errors'
import { healthRoutes } from './routes/health'
import { hallsRoutes } from './routes/halls'
import type { LoadedScenes } from './scenes/load-scenes'

export type AppOptions = {
  scenes: LoadedScenes
  db: Kysely<Database>
  /** The client build folder; when it has no index.html, pages answer 503 and the API still works. */
  clientDir: string
  /** A pino logger; without one the app logs nothing (tests). */
  logger?: FastifyBaseLogger
  /** Requests per window per IP on /api routes. @default 300 */
  rateLimitMax?: number
  /** The rate limit window in milliseconds. @default 60000 */
  rateLimitWindowMs?: number
  /** Reported by /api/health. */
  version: string
}

/**
 * The Content Security Policy: everything from OneHall's own origin, nothing from anywhere else.
 * 'wasm-unsafe-eval' lets the meshopt decoder compile its WebAssembly; blob: covers workers, video
 * frames and textures created in the page.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'", 'blob:'],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
}

/**
 * Builds the OneHall server (without listening): security headers, the /api routes with rate
 * limiting and JSON errors, and the client build. Tests drive it with `app.inject`.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    // Ids and paths are short; anything longer is a mistake or an attack.
    routerOptions: { maxParamLength: 200 },
    bodyLimit: 1024 * 1024,
  })

  installErrorHandler(app)
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  })
  await app.register(fastifyCookie)

  await app.register(
    async (api) => {
      await api.register(fastifyRateLimit, {
        global: true,
        max: options.rateLimitMax ?? 300,
        timeWindow: options.rateLimitWindowMs ?? 60_000,
        errorResponseBuilder: (_request, context) =>
          new ApiError(
            context.statusCode,
            'rate_limited',
            `Too many requests; try again in ${context.after}.`,
          ),
      })
      await api.register(healthRoutes, { db: options.db, version: options.version })
      await api.register(hallsRoutes, { scenes: options.scenes })
      // Catch-all routes rather than a not-found handler: the client build's wildcard route would
      // otherwise claim unknown /api paths. Being routes here, they are rate-limited like the others.
      const unknownRoute = (request: FastifyRequest) => {
        throw new ApiError(404, 'not_found', `No API route ${request.method} ${request.url.split('?')[0]}`)
      }
      api.all('/', unknownRoute)
      api.all('/*', unknownRoute)
    },
    { prefix: '/api' },
  )

  await registerClientApp(app, options.clientDir)
  return app
}
