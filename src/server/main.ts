import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { pino } from 'pino'
import { SceneError } from '../shared/scene'
import { buildApp } from './app'
import { ConfigError, loadConfig } from './config'
import { createDatabase, type Database } from './db/database'
import { migrateToLatest } from './db/migrate'
import { recordSceneVersions } from './db/scene-versions'
import { loadOrCreateSecret } from './identity/secret'
import { seedDemoRecords } from './records/seed'
import { seedDemoClerks } from './clerks/demo-clerks'
import { loadScenes } from './scenes/load-scenes'
import { STALE_TICKET_SWEEP_MS } from './queue/stale-tickets'
import { readVersion } from './version'

/** How long a graceful shutdown may take before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 10_000

/** Prints why OneHall cannot start, in plain text on stderr (not JSON: a person reads this), and exits 1. */
function refuseToStart(reason: string, hint: string): never {
  process.stderr.write(`\nOneHall cannot start.\n${reason}\n${hint}\n\n`)
  process.exit(1)
}

async function main(): Promise<void> {
  let config
  try {
    config = loadConfig(process.env)
  } catch (error) {
    if (error instanceof ConfigError)
      refuseToStart(error.message, 'Fix the environment variables above and start again.')
    throw error
  }
  // Asynchronous, not a blocking write() per line: under load, lines logged while a write is under way
  // go out together in the next one (synchronous logging cost a fifth of a busy server's CPU). Lines
  // still appear at once on a quiet server; what is pending is flushed on the way out (handleShutdown,
  // and pino's exit handler on a crash).
  const logger = pino({ level: config.logLevel }, pino.destination({ sync: false }))

  let scenes
  try {
    scenes = await loadScenes(config.scenesDir)
  } catch (error) {
    if (error instanceof SceneError)
      refuseToStart(error.message, 'Fix the scene files above and start again.')
    throw error
  }
  logger.info({ halls: [...scenes.halls.keys()], scenesDir: config.scenesDir }, 'scenes loaded')

  const db = createDatabase(config.database)
  let app: FastifyInstance | undefined
  try {
    const applied = await migrateToLatest(db)
    if (applied.length > 0)
      logger.info({ migrations: applied.map((m) => m.migrationName) }, 'database migrated')
    await recordSceneVersions(db, scenes.contentHashes)
    // Demo mode: fictional citizens and registers; production reads real registers via src/server/records.
    if (await seedDemoRecords(db)) logger.info('demo citizens and registers seeded')
    // Demo clerks (password in the README); never with NODE_ENV=production, where sign-in refuses them too.
    const demoClerks = await seedDemoClerks(db, scenes, { nodeEnv: config.nodeEnv })
    if (demoClerks > 0) logger.info({ count: demoClerks }, 'demo clerks seeded')

    app = await buildApp({
      scenes,
      db,
      clientDir: config.clientDir,
      logger,
      rateLimitMax: config.rateLimitMax,
      version: readVersion(),
      cookieSecret: loadOrCreateSecret(config.dataDir, config.secret),
      uploadsDir: config.uploadsDir,
      ice: config.ice,
      staleTicketSweepMs: STALE_TICKET_SWEEP_MS,
      clerkPresenceGraceMs: config.clerkPresenceGraceMs,
    })
    await app.listen({ port: config.port, host: config.host })
  } catch (error) {
    await app?.close().catch(() => undefined)
    await db.destroy().catch(() => undefined)
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE')
      refuseToStart(
        `Port ${config.port} on ${config.host} is already in use.`,
        'Stop the other server or set PORT.',
      )
    throw error
  }

  const { port } = app.server.address() as AddressInfo
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`
  logger.info({ url }, `OneHall is running at ${url}`)
  handleShutdown(app, db, logger)
}

function handleShutdown(app: FastifyInstance, db: Kysely<Database>, logger: pino.Logger): void {
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    // A terminal's Ctrl+C reaches both `npm start` and this process, so a repeated signal is expected
    // and must not cut the graceful shutdown short; the timeout below is the backstop.
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down')
    setTimeout(() => {
      logger.error('shutdown took too long; exiting')
      logger.flush()
      process.exit(1)
    }, SHUTDOWN_TIMEOUT_MS).unref()
    app
      .close()
      .then(() => db.destroy())
      .then(() => {
        logger.info('stopped')
        exitFlushed(logger, 0)
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error while shutting down')
        exitFlushed(logger, 1)
      })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

/** Exits once the log buffer is written out. */
function exitFlushed(logger: pino.Logger, code: number): void {
  logger.flush(() => process.exit(code))
}

main().catch((error: unknown) => {
  process.stderr.write(
    `\nOneHall cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  process.exit(1)
})
