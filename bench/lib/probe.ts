/**
 * Whether the server has a route: any answer but 404 counts as present. A POST-only route answers
 * 404 to GET (the API's catch-all), so such a route is probed with a POST that carries no body and no
 * `X-OneHall-CSRF` header: the server refuses it with 403 before reading anything, while the
 * catch-all for a missing route still answers 404. Nothing is created either way.
 * @returns the HTTP status, or null when the server did not answer
 */
export async function probeStatus(
  origin: string,
  pathname: string,
  method: 'GET' | 'POST' = 'GET',
): Promise<number | null> {
  try {
    const response = await fetch(`${origin}${pathname}`, { method, signal: AbortSignal.timeout(5000) })
    await response.arrayBuffer()
    return response.status
  } catch {
    return null
  }
}

/** A capability the bench looks for before measuring it. */
export interface Capability {
  /** Path probed. */
  path: string
  /** How it is probed (POST: without the CSRF header, so nothing is changed). @default 'GET' */
  method?: 'GET' | 'POST'
  /** What the capability is, for the table note. */
  what: string
}

/** The running OneHall server, or why there is none. */
export type ServerTarget = { origin: string; pid: number } | { problem: string }

/** Why a capability's figure is not available, or null when it is there. */
export async function capabilityGap(server: ServerTarget, capability: Capability): Promise<string | null> {
  if ('problem' in server) return server.problem
  const method = capability.method ?? 'GET'
  const status = await probeStatus(server.origin, capability.path, method)
  if (status === null) return `${method} ${capability.path} got no answer`
  if (status === 404) return `${capability.what} has not landed (${method} ${capability.path} -> 404)`
  return null
}
