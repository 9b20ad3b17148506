import fastifyCookie from '@fastify/cookie'
import fastifyHelmet from '@fastify/helmet'
import fastifyRateLimit from '@fastify/rate-limit'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
} from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from './db/database'
import { registerClientApp } from './http/client-app'
import { citizenApi } from './applications/citizen-api'
import { csrfGuard } from './http/csrf'
import { installErrorHandler } from './http/error-handler'
import { installRequestLog } from './http/request-log'
import { ApiError } from './http/errors'
import type { ServerMessage } from '../shared/protocol'
import type { Bus } from './realtime/bus'
import { createMemoryBus } from './realtime/memory-bus'
import { healthRoutes } from './routes/health'
import { hallsRoutes } from './routes/halls'
import { queueApi } from './queue/queue-api'
import { clerkRoutes } from './routes/clerk'
import type { LoadedScenes } from './scenes/load-scenes'
import { appHubDeps } from './realtime/hub/app-deps'
import { NO_ICE, type IceConfig } from './realtime/hub/ice-servers'
import { wsRoutes } from './routes/ws'
import { ClerkPresence } from './clerks/presence'

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
  /** Signs the sign-in cookie. Without one a random secret is made (sessions end on restart). */
  cookieSecret?: string
  /** Where uploaded attachments are stored. @default a folder in the system temp folder */
  uploadsDir?: string
  /** How often expired drafts are purged; 0 turns it off. @default one hour */
  purgeIntervalMs?: number
  /** How often tickets left open by an earlier service day are closed; 0 (the default) turns it off. */
  staleTicketSweepMs?: number
  /**
   * The realtime bus (queue changes, boards, signalling), available to plugins as `app.bus`.
   * @default an in-process bus made here and closed with the app
   */
  bus?: Bus<ServerMessage>
  /** STUN/TURN servers handed to call parties. @default none (host candidates only) */
  ice?: IceConfig
  /**
   * How long a clerk may have no console connected to the hub before they are set away and their
   * called ticket goes back to the queue; 0 turns presence off. @default 30000
   */
  clerkPresenceGraceMs?: number
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The realtime bus every plugin publishes to and the WebSocket hub subscribes on. */
    bus: Bus<ServerMessage>
  }
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
  // data: and blob: are fetched from the page itself: uikit's inlined layout WebAssembly (VR panels)
  // and the textures GLTFLoader unpacks from the self-hosted controller models.
  connectSrc: ["'self'", 'data:', 'blob:'],
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
    ...(options.logger
      ? {
          loggerInstance: options.logger,
          // One line per request instead of two (http/request-log.ts).
          logController: new LogController({ disableRequestLogging: true }),
        }
      : { logger: false }),
    // Ids and paths are short; anything longer is a mistake or an attack.
    routerOptions: { maxParamLength: 200 },
    bodyLimit: 1024 * 1024,
  })

  installErrorHandler(app)
  if (options.logger) installRequestLog(app)
  const bus =
    options.bus ??
    createMemoryBus<ServerMessage>({
      onHandlerError: (err, topic) => app.log.error({ err, topic }, 'bus handler failed'),
    })
  app.decorate('bus', bus)
  // A bus passed in belongs to the caller (it may outlive this app); the default one ends with it.
  if (!options.bus) app.addHook('onClose', async () => bus.close())
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  })
  await app.register(fastifyCookie, { secret: options.cookieSecret ?? randomBytes(32).toString('base64url') })

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
      api.addHook('onRequest', csrfGuard(['/api/', '/api/*']))
      await api.register(citizenApi, {
        db: options.db,
        scenes: options.scenes,
        uploadsDir: options.uploadsDir ?? path.join(tmpdir(), 'onehall-uploads'),
        purgeIntervalMs: options.purgeIntervalMs,
      })
      await api.register(queueApi, {
        db: options.db,
        scenes: options.scenes,
        bus,
        staleTicketSweepMs: options.staleTicketSweepMs,
      })
      // Fed by the hub's clerk sockets, read by the clerk routes' presence sweep.
      const presence = new ClerkPresence()
      await api.register(clerkRoutes, {
        db: options.db,
        scenes: options.scenes,
        bus,
        presence,
        presenceGraceMs: options.clerkPresenceGraceMs,
      })
      await api.register(wsRoutes, {
        bus,
        deps: appHubDeps(options.db, options.scenes, options.ice ?? NO_ICE, app.log, presence),
      })
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
