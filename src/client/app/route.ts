/** The pages OneHall serves from one bundle. */
export type Route = 'hall' | 'two-d' | 'not-found'

/** The hall shown when the address names none. */
export const DEFAULT_HALL_ID = 'city-centre'

/** Maps a location pathname to a page; a trailing slash is tolerated. */
export function routeFor(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  if (path === '/' || path === '' || path === '/index.html') return 'hall'
  if (path === '/2d') return 'two-d'
  return 'not-found'
}

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
