import fastifyWebsocket from '@fastify/websocket'
import type { FastifyPluginAsync } from 'fastify'
import { ApiError, errorBody } from '../http/errors'
import type { Bus } from '../realtime/bus'
import type { HubBusMessage } from '../realtime/queue-standings'
import { Hub, originAllowed, type HubDeps, type HubOptions } from '../realtime/hub'

/**
 * Frames up to this size are read and answered with a `too_large` error (the protocol's limit is
 * 64 KiB); a bigger one closes the socket (1009) before it is buffered, so nobody can make the server
 * hold megabytes per socket.
 */
export const HARD_MAX_FRAME_BYTES = 1024 * 1024

export type WsRoutesOptions = {
  bus: Bus<HubBusMessage>
  deps: HubDeps
  /** Limits and timings; tests shorten them. */
  hub?: Partial<HubOptions>
}

/**
 * `GET /api/ws`: the realtime WebSocket (tickets, boards, clerk queues, call signalling). Upgrades from
 * a page of another site are refused with 403 before the upgrade (cross-site WebSocket hijacking: the
 * browser would send the citizen's or clerk's cookies along).
 */
export const wsRoutes: FastifyPluginAsync<WsRoutesOptions> = async (app, options) => {
  const hub = new Hub(options.bus, options.deps, options.hub)
  await app.register(fastifyWebsocket, {
    options: { maxPayload: HARD_MAX_FRAME_BYTES },
    // Our own shutdown: every client gets "going away" (1001) and every bus subscription is dropped
    // before the bus itself closes.
    preClose(done) {
      hub.close()
      this.websocketServer.close(() => done())
    },
    errorHandler(error, socket, request) {
      request.log.warn({ err: error }, 'WebSocket error')
      socket.terminate()
    },
  })
  app.route({
    method: 'GET',
    url: '/ws',
    preValidation: async (request) => {
      if (!originAllowed(request.headers.origin, request.headers.host))
        throw new ApiError(403, 'csrf', 'WebSocket connections are only accepted from this site.')
    },
    // A plain GET (no upgrade) is a client mistake: say what is expected instead of a bare 404.
    handler: async (_request, reply) =>
      reply
        .code(426)
        .header('upgrade', 'websocket')
        .send(errorBody('bad_request', 'This address takes WebSocket connections only.')),
    wsHandler: (socket, request) => {
      hub.accept(socket, request)
    },
  })
}
