/**
 * Whether a WebSocket upgrade may go ahead: a browser always sends `Origin`, and a page on another
 * site opening our socket with the citizen's cookies (cross-site WebSocket hijacking) shows up as an
 * Origin whose host is not ours. Clients that are not browsers (the bench, tools) send no Origin and
 * carry no one else's cookies, so they are let through.
 * @param origin the request's Origin header
 * @param host the request's Host header (what the browser connected to)
 */
export function originAllowed(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true
  if (!host) return false
  let parsed: URL
  try {
    parsed = new URL(origin)
  } catch {
    return false
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false
  return parsed.host.toLowerCase() === normaliseHost(host, parsed.protocol)
}

// The URL parser drops a default port from `origin` (https://a:443 -> a); do the same for Host.
function normaliseHost(host: string, protocol: string): string {
  const lower = host.trim().toLowerCase()
  const defaultPort = protocol === 'https:' ? ':443' : ':80'
  return lower.endsWith(defaultPort) ? lower.slice(0, -defaultPort.length) : lower
}
