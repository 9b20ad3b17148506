import type { SceneIssue } from './scene-error'
import type { Hall } from './schema'

/**
 * Services that promise a way of being served that the hall cannot keep: "online" needs an application
 * form, "video" and "counter" need a counter of the service's department (or a one-stop window) where a
 * clerk can take the ticket or the visit. A citizen who follows the promise must never reach a dead end.
 */
export function channelIssues(hall: Hall, fileOf: (serviceId: string) => string): SceneIssue[] {
  const issues: SceneIssue[] = []
  const served = new Set(hall.counters.filter((c) => !c.oneStop).map((c) => c.departmentId))
  const oneStop = hall.counters.some((c) => c.oneStop)
  for (const service of hall.services) {
    const file = fileOf(service.id)
    if (service.channels.includes('online') && !service.flow)
      issues.push({
        file,
        path: 'channels',
        message: 'Says "online" but has no flow: add one or drop the channel',
      })
    for (const channel of ['video', 'counter'] as const)
      if (service.channels.includes(channel) && !served.has(service.departmentId) && !oneStop)
        issues.push({
          file,
          path: 'channels',
          message: `Says "${channel}" but no counter serves department "${service.departmentId}"`,
        })
  }
  return issues
}
