import type { z } from 'zod'
import { hallSchema, serviceSchema, type Hall, type HallLayout, type Service } from './schema'
import { SceneError, formatPath, type SceneIssue } from './scene-error'
import { layoutIssues } from './layout-issues'
import { flowIssues } from '../flow/validate-flow'

/** A raw JSON document and the file it came from (used in error messages). */
export type SceneSource = { file: string; data: unknown }

function zodIssues(file: string, error: z.ZodError): SceneIssue[] {
  return error.issues.map((issue) => ({ file, path: formatPath(issue.path), message: issue.message }))
}

function duplicates<T>(items: T[], key: (t: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>()
  items.forEach((item, index) => seen.set(key(item), [...(seen.get(key(item)) ?? []), index]))
  return new Map([...seen].filter(([, indexes]) => indexes.length > 1))
}

function insideFloor(layout: HallLayout, [x, z]: [number, number]): boolean {
  return Math.abs(x) <= layout.size.width / 2 && Math.abs(z) <= layout.size.depth / 2
}

function crossCheckLayout(file: string, layout: HallLayout): SceneIssue[] {
  const issues: SceneIssue[] = []
  const add = (path: string, message: string) => issues.push({ file, path, message })
  const departmentIds = new Set(layout.departments.map((d) => d.id))

  for (const [id, indexes] of duplicates(layout.departments, (d) => d.id))
    add(`departments[${indexes[1]}].id`, `Department id "${id}" is used more than once`)
  for (const [letter, indexes] of duplicates(layout.departments, (d) => d.letter))
    add(`departments[${indexes[1]}].letter`, `Ticket letter "${letter}" is used by more than one department`)
  for (const [id, indexes] of duplicates(layout.counters, (c) => c.id))
    add(`counters[${indexes[1]}].id`, `Counter id "${id}" is used more than once`)
  for (const [num, indexes] of duplicates(layout.counters, (c) => String(Number(c.number))))
    add(`counters[${indexes[1]}].number`, `Counter number "${num}" is used more than once`)
  for (const [id, indexes] of duplicates(layout.furniture, (f) => f.id))
    add(`furniture[${indexes[1]}].id`, `Furniture id "${id}" is used more than once`)

  layout.counters.forEach((counter, i) => {
    if (!departmentIds.has(counter.departmentId))
      add(
        `counters[${i}].departmentId`,
        `Unknown department "${counter.departmentId}"; known: ${[...departmentIds].join(', ')}`,
      )
    if (!insideFloor(layout, counter.position))
      add(`counters[${i}].position`, 'Counter is outside the hall floor')
  })
  layout.furniture.forEach((item, i) => {
    if (!insideFloor(layout, item.position))
      add(`furniture[${i}].position`, 'Furniture is outside the hall floor')
  })
  if (!insideFloor(layout, layout.spawn.position))
    add('spawn.position', 'Spawn point is outside the hall floor')
  return issues
}

/**
 * Validates a hall layout and its services and joins them into one {@link Hall}.
 * Collects every problem (schema errors, unknown references, duplicates, things outside the floor)
 * and throws one {@link SceneError} naming each file and path, so an editor fixes all of them at once.
 */
export function validateHall(layoutSource: SceneSource, serviceSources: SceneSource[]): Hall {
  const issues: SceneIssue[] = []
  const parsedLayout = hallSchema.safeParse(layoutSource.data)
  let layout: HallLayout | undefined
  if (parsedLayout.success) {
    layout = parsedLayout.data
    const referenceIssues = crossCheckLayout(layoutSource.file, layout)
    issues.push(...referenceIssues)
    // Geometry is only worth checking once every reference and bound is right.
    if (referenceIssues.length === 0) issues.push(...layoutIssues(layoutSource.file, layout))
  } else {
    issues.push(...zodIssues(layoutSource.file, parsedLayout.error))
  }

  const services: Service[] = []
  const serviceFiles = new Map<string, string>()
  for (const source of serviceSources) {
    const parsed = serviceSchema.safeParse(source.data)
    if (!parsed.success) {
      issues.push(...zodIssues(source.file, parsed.error))
      continue
    }
    const service = parsed.data
    const earlier = serviceFiles.get(service.id)
    if (earlier)
      issues.push({
        file: source.file,
        path: 'id',
        message: `Service id "${service.id}" is also used in ${earlier}`,
      })
    serviceFiles.set(service.id, source.file)
    if (service.flow) issues.push(...flowIssues(service.flow, source.file, 'flow'))
    if (layout && !layout.departments.some((d) => d.id === service.departmentId))
      issues.push({
        file: source.file,
        path: 'departmentId',
        message: `Unknown department "${service.departmentId}"`,
      })
    services.push(service)
  }

  if (layout) {
    layout.departments.forEach((department, i) => {
      if (!services.some((s) => s.departmentId === department.id))
        issues.push({
          file: layoutSource.file,
          path: `departments[${i}]`,
          message: `Department "${department.id}" has no services`,
        })
    })
  }

  if (issues.length > 0 || !layout) throw new SceneError(issues)
  return { ...layout, services }
}
