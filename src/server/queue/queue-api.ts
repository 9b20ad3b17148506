import type { FastifyPluginAsync } from 'fastify'
import type { Kysely } from 'kysely'
import type { ServerMessage } from '../../shared/protocol'
import { JSON_BODY_LIMIT } from '../applications/citizen-api'
import { localizeFrameworkErrors } from '../applications/api-errors'
import type { Database } from '../db/database'
import type { Bus } from '../realtime/bus'
import { appointmentsRoutes } from '../routes/appointments'
import { callbacksRoutes } from '../routes/callbacks'
import { queueBoardRoutes } from '../routes/queue-board'
import { ratingsRoutes } from '../routes/ratings'
import { ticketsRoutes } from '../routes/tickets'
import type { LoadedScenes } from '../scenes/load-scenes'
import { sharedQueueNotifier } from './queue-notifier'
import { closeStaleTickets, publishClosed } from './stale-tickets'

export type QueueApiOptions = {
  db: Kysely<Database>
  scenes: LoadedScenes
  bus: Bus<ServerMessage>
  /**
   * How often tickets left open by an earlier service day are closed (once at start, then every so
   * often); 0 turns it off. @default 0 (the server's main passes `STALE_TICKET_SWEEP_MS`)
   */
  staleTicketSweepMs?: number
}

/**
 * The citizen side of the video counters: tickets, boards and availability, callbacks,
 * appointments, ratings and follow-ups. Changes are published on the bus through the shared
 * `QueueNotifier`. Errors are worded in the request's language; JSON bodies are at most 64 KiB.
 */
export const queueApi: FastifyPluginAsync<QueueApiOptions> = async (app, options) => {
  const { db, scenes, bus } = options
  localizeFrameworkErrors(app)
  app.addHook('onRoute', (route) => {
    route.bodyLimit ??= JSON_BODY_LIMIT
  })
  const notifier = sharedQueueNotifier(db, scenes, bus, {
    onError: (err, key) => app.log.error({ err, key }, 'queue notification failed'),
  })
  app.addHook('onClose', async () => notifier.close())

  const sweepEvery = options.staleTicketSweepMs ?? 0
  if (sweepEvery > 0) {
    const sweep = async () => {
      const now = Date.now()
      try {
        const closed = await closeStaleTickets(db, now)
        if (closed.length > 0) app.log.info({ closed: closed.length }, 'closed tickets of earlier days')
        await publishClosed(closed, notifier, bus, now)
      } catch (err) {
        app.log.error({ err }, 'closing stale tickets failed')
      }
    }
    // At start first: last night's tickets must be gone before the morning's first citizen looks.
    await sweep()
    const timer = setInterval(() => void sweep(), sweepEvery)
    timer.unref()
    app.addHook('onClose', async () => clearInterval(timer))
  }

  await app.register(ticketsRoutes, { db, scenes, notifier, bus })
  await app.register(queueBoardRoutes, { db, scenes })
  await app.register(callbacksRoutes, { db, scenes })
  await app.register(appointmentsRoutes, { db, scenes })
  await app.register(ratingsRoutes, { db })
}
