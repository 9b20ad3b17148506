/** The name of the group holding every counter mesh; hits below it are counters. */
export const COUNTER_GROUP = 'counters'

/** The id of the placed item a raycast hit belongs to, via the instanced mesh's userData.instanceIds. */
export function hitInstanceId(hit: {
  object: { userData: Record<string, unknown> }
  instanceId?: number
}): string | null {
  const ids = hit.object.userData.instanceIds as readonly string[] | undefined
  return ids && hit.instanceId !== undefined ? (ids[hit.instanceId] ?? null) : null
}
