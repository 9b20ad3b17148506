import type { CitizenErrorCode } from '../applications/api-errors'
import type { ClerkErrorCode } from '../clerks/clerk-errors'
/** Machine-readable error codes the API returns; clients switch on these, never on messages. */
/** Codes of the server's own errors; each API adds its codes below. */
export type CoreErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'client_not_built'
  | 'db_unavailable'
  | 'internal'
  | 'csrf'

/** Every error code a client can receive. */
export type ErrorCode = CoreErrorCode | CitizenErrorCode | ClerkErrorCode

/** The body of every error response: `{ error: { code, message, details? } }`. */
export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } }

/** Builds an error response body. */
export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } }
}

/** An error a route throws on purpose; the error handler sends it as is, with its status code. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'ApiError'
  }

  toBody(): ErrorBody {
    return errorBody(this.code, this.message, this.details)
  }
}

/** What a 500 says: nothing about the cause, which goes to the log instead. */
export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Please try again later.'

/** The code for an error Fastify or a plugin raised with a client-error status. */
export function codeForStatus(statusCode: number): ErrorCode {
  switch (statusCode) {
    case 404:
      return 'not_found'
    case 405:
      return 'method_not_allowed'
    case 413:
      return 'payload_too_large'
    case 415:
      return 'unsupported_media_type'
    case 429:
      return 'rate_limited'
    default:
      return statusCode >= 500 ? 'internal' : 'bad_request'
  }
}
