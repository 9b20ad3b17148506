/**
 * Whether the server has a route: any answer but 404 to a GET counts as present (a POST-only route
 * answers 404 to GET in Fastify, so feature routes are probed on a GET they serve).
 * @returns the HTTP status, or null when the server did not answer
 */
export async function probeStatus(origin: string, pathname: string): Promise<number | null> {
  try {
    const response = await fetch(`${origin}${pathname}`, { signal: AbortSignal.timeout(5000) })
    await response.arrayBuffer()
    return response.status
  } catch {
    return null
  }
}

/** A capability the bench looks for before measuring it. */
export interface Capability {
  /** Path probed with GET. */
  path: string
  /** What the capability is, for the table note. */
  what: string
}

/** The running OneHall server, or why there is none. */
export type ServerTarget = { origin: string; pid: number } | { problem: string }

/** Why a capability's figure is not available, or null when it is there. */
export async function capabilityGap(server: ServerTarget, capability: Capability): Promise<string | null> {
  if ('problem' in server) return server.problem
  const status = await probeStatus(server.origin, capability.path)
  if (status === null) return `GET ${capability.path} got no answer`
  if (status === 404) return `${capability.what} has not landed (GET ${capability.path} -> 404)`
  return null
}
