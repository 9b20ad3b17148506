export { DEFAULT_HALL_ID, routeFor, type Route } from '../../shared/app-routes'
import { DEFAULT_HALL_ID } from '../../shared/app-routes'

/** The hall id from `?hall=`, or the default hall. */
export function hallIdFrom(search: string): string {
  const id = new URLSearchParams(search).get('hall')?.trim()
  return id ? id : DEFAULT_HALL_ID
}

/**
 * A link to another page that keeps the chosen hall: `/2d?hall=x` when a hall other than the default
 * was asked for, plain `/2d` otherwise.
 */
export function pageHref(path: '/' | '/2d', hallId: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams()
  if (hallId !== DEFAULT_HALL_ID) query.set('hall', hallId)
  for (const [key, value] of Object.entries(params)) query.set(key, value)
  const text = query.toString()
  return text ? `${path}?${text}` : path
}
