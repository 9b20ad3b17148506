import type { Language } from '../../shared/scene/localized'

/** One field's problem as the API reports it. */
export type ApiFieldError = { fieldId: string; message: string }

/** A failed API call: the HTTP status, the API's error code and message (in the request's language). */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly fields: ApiFieldError[]
  readonly details: Record<string, unknown>

  constructor(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
    this.fields = Array.isArray(details.fields) ? (details.fields as ApiFieldError[]) : []
  }
}

/** What one call may carry besides the path. */
export type ApiRequest = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Sent as JSON. */
  json?: unknown
  /** Sent as it is (a file), with its own Content-Type. */
  raw?: Blob
  headers?: Record<string, string>
  signal?: AbortSignal
}

/** The network or the server failed without an API error body (offline, timeout, proxy page). */
export const NETWORK_ERROR_CODE = 'network'

/**
 * Calls the OneHall API. Every call carries `X-OneHall-CSRF: 1` (the server refuses state changes
 * without it) and `Accept-Language`, so error messages come back in the visitor's language. Resolves
 * with the parsed JSON body; rejects with an {@link ApiError} for any non-2xx answer or network failure.
 */
export async function apiCall<T>(path: string, language: Language, request: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language,
    'X-OneHall-CSRF': '1',
    ...request.headers,
  }
  let body: BodyInit | undefined
  if (request.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(request.json)
  } else if (request.raw) {
    headers['Content-Type'] = request.raw.type || 'application/octet-stream'
    body = request.raw
  }
  let response: Response
  try {
    response = await fetch(path, {
      method: request.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: request.signal,
    })
  } catch (error) {
    throw new ApiError(0, NETWORK_ERROR_CODE, error instanceof Error ? error.message : String(error))
  }
  const text = await response.text()
  let parsed: unknown = null
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    parsed = null
  }
  if (!response.ok) {
    const error = (parsed as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)
      ?.error
    throw new ApiError(
      response.status,
      typeof error?.code === 'string' ? error.code : `http_${response.status}`,
      typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`,
      typeof error?.details === 'object' && error.details !== null
        ? (error.details as Record<string, unknown>)
        : {},
    )
  }
  return parsed as T
}
