import type { FastifyInstance } from 'fastify'

/**
 * One log line per request, when its answer has gone out: method, path, status and time taken.
 * Fastify's own request logging writes two lines per request (received, completed), and on the
 * submission path the log cost about a fifth of the server's CPU. Server errors are logged where they
 * happen (the error handler), with their stack; this line says how the request ended, at error level
 * for a 5xx so one filter finds both.
 */
export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode
    const line = {
      method: request.method,
      url: request.url,
      status,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    }
    if (status >= 500) request.log.error(line, 'request')
    else request.log.info(line, 'request')
  })
}
