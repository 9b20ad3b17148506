// The pages of the web app, shared so the server answers them with 200 and everything else with 404.

/** The pages OneHall serves from one bundle. */
export type Route = 'hall' | 'two-d' | 'apply' | 'resume' | 'track' | 'me' | 'call' | 'clerk' | 'not-found'

/** The hall shown when the address names none. */
export const DEFAULT_HALL_ID = 'city-centre'

/** Maps a location pathname to a page; a trailing slash is tolerated. */
export function routeFor(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  if (path === '/' || path === '' || path === '/index.html') return 'hall'
  if (path === '/2d') return 'two-d'
  if (/^\/apply\/[a-z0-9-]+(?:\/[a-z0-9-]+)?$/.test(path)) return 'apply'
  if (path === '/resume') return 'resume'
  if (path === '/track') return 'track'
  if (path === '/me') return 'me'
  if (path === '/call') return 'call'
  if (path === '/clerk') return 'clerk'
  return 'not-found'
}
