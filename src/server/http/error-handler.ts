import type { FastifyError, FastifyInstance } from 'fastify'
import { ApiError, INTERNAL_ERROR_MESSAGE, codeForStatus, errorBody } from './errors'

/**
 * Sends every error as `{ error: { code, message, details? } }`. Client errors keep their message
 * (they describe the request, not the server); anything else is logged with its stack and answered
 * with a generic 500, so no stack trace or internal detail reaches the client.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) {
      if (error.statusCode >= 500) request.log.error({ err: error }, 'request failed')
      return reply.code(error.statusCode).send(error.toBody())
    }
    if (error.validation) {
      return reply.code(400).send(
        errorBody(
          'bad_request',
          error.message,
          error.validation.map((v) => ({ path: v.instancePath, message: v.message })),
        ),
      )
    }
    const status = error.statusCode ?? 500
    if (status >= 400 && status < 500)
      return reply.code(status).send(errorBody(codeForStatus(status), error.message))
    request.log.error({ err: error }, 'request failed')
    return reply.code(500).send(errorBody('internal', INTERNAL_ERROR_MESSAGE))
  })
}
