import type { z } from 'zod'
import { formatPath, type SceneIssue } from '../scene/scene-error'
import { parseIsoDate } from '../validation/date'
import { MAX_CONDITION_DEPTH, type Condition } from './condition'
import { flowSchema, type Field, type Flow } from './flow-schema'
import { flowMessages } from './messages'
import { RESERVED_PAGE_IDS } from './step-segments'
import { DOCUMENTS_TASK_ID } from './task-list'

/** Where a field is asked: page index and field index on that page. */
type Place = { page: number; field: number; pageId: string; question: Field }
/** Where a condition sits: a page (field -1), a field, or the documents, which come after every page. */
type AskedAt = { page: number; field: number } | 'documents'

function leaves(
  cond: Condition,
  path: string,
  depth = 1,
): { cond: Condition; path: string; depth: number }[] {
  if ('all' in cond) return cond.all.flatMap((c, i) => leaves(c, `${path}.all[${i}]`, depth + 1))
  if ('any' in cond) return cond.any.flatMap((c, i) => leaves(c, `${path}.any[${i}]`, depth + 1))
  if ('not' in cond) return leaves(cond.not, `${path}.not`, depth + 1)
  return [{ cond, path, depth }]
}

function conditionIssues(
  cond: Condition,
  path: string,
  askedAt: AskedAt,
  places: Map<string, Place>,
): [string, string][] {
  const issues: [string, string][] = []
  for (const leaf of leaves(cond, path)) {
    const c = leaf.cond as Record<string, unknown> & { field: string }
    if (leaf.depth > MAX_CONDITION_DEPTH)
      issues.push([leaf.path, `Conditions may nest at most ${MAX_CONDITION_DEPTH} deep`])
    const place = places.get(c.field)
    if (!place) {
      issues.push([`${leaf.path}.field`, `Unknown field "${c.field}"`])
      continue
    }
    const earlier =
      askedAt === 'documents' ||
      place.page < askedAt.page ||
      (place.page === askedAt.page && askedAt.field >= 0 && place.field < askedAt.field)
    if (!earlier)
      issues.push([
        `${leaf.path}.field`,
        `"${c.field}" is asked on page "${place.pageId}", not before this; a condition may only use earlier answers`,
      ])
    const field = place.question
    const compared = [c.equals, ...(Array.isArray(c.in) ? c.in : [])].filter((v) => v !== undefined)
    if ('options' in field) {
      const values = new Set(field.options.map((o) => o.value))
      for (const v of [...compared, ...(c.includes === undefined ? [] : [c.includes])])
        if (typeof v !== 'string' || !values.has(v))
          issues.push([
            leaf.path,
            `"${String(v)}" is not an option of "${field.id}"; options: ${[...values].join(', ')}`,
          ])
    }
    if (field.type === 'yes-no' && compared.some((v) => typeof v !== 'boolean'))
      issues.push([leaf.path, `"${field.id}" is a yes-no question: compare it with true or false`])
    if (c.includes !== undefined && field.type !== 'multiple-choice')
      issues.push([leaf.path, `"includes" needs a multiple-choice field; "${field.id}" is ${field.type}`])
    const bounds = ['gt', 'gte', 'lt', 'lte'].map((k) => c[k]).filter((b) => b !== undefined)
    if (bounds.length > 0) {
      const wanted = field.type === 'number' ? 'number' : field.type === 'date' ? 'string' : null
      if (!wanted || bounds.some((b) => typeof b !== wanted))
        issues.push([
          leaf.path,
          `Compare "${field.id}" (${field.type}) only with ${field.type === 'date' ? 'dates' : 'numbers'}`,
        ])
    }
  }
  return issues
}

function fieldRuleIssues(field: Field): [string, string][] {
  const issues: [string, string][] = []
  if (
    (field.type === 'text' || field.type === 'long-text') &&
    field.minLength !== undefined &&
    field.maxLength !== undefined &&
    field.minLength > field.maxLength
  )
    issues.push(['minLength', 'minLength is more than maxLength'])
  if (field.type === 'number' && field.min !== undefined && field.max !== undefined && field.min > field.max)
    issues.push(['min', 'min is more than max'])
  if (field.type === 'date') {
    for (const key of ['min', 'max'] as const) {
      const bound = field[key]
      if (typeof bound === 'string' && bound !== 'today' && !parseIsoDate(bound))
        issues.push([key, `"${bound}" is not a real date`])
    }
    if (
      typeof field.min === 'string' &&
      typeof field.max === 'string' &&
      field.min !== 'today' &&
      field.max !== 'today' &&
      field.min > field.max
    )
      issues.push(['min', 'min is after max'])
  }
  if ('options' in field) {
    const seen = new Set<string>()
    field.options.forEach((o, i) => {
      if (seen.has(o.value))
        issues.push([`options[${i}].value`, `Option "${o.value}" is listed more than once`])
      seen.add(o.value)
    })
  }
  if (field.type === 'multiple-choice') {
    const { minSelected: min, maxSelected: max } = field
    if (min !== undefined && max !== undefined && min > max)
      issues.push(['minSelected', 'minSelected is more than maxSelected'])
    if (min !== undefined && min > field.options.length)
      issues.push(['minSelected', 'minSelected is more than the number of options'])
  }
  for (const code of Object.keys(field.messages ?? {}))
    if (code !== 'required' && !Object.hasOwn(flowMessages.en, code))
      issues.push([`messages.${code}`, `Unknown message code "${code}"`])
  return issues
}

/**
 * Cross-checks a flow the schema accepted: unique ids, conditions that only use earlier answers and real
 * option values, consistent limits, sections and the summary order.
 * @param pathPrefix prepended to every path, like "flow" when the flow sits inside a service file
 */
export function flowIssues(flow: Flow, file: string, pathPrefix = ''): SceneIssue[] {
  const issues: SceneIssue[] = []
  const at = (path: string) => (pathPrefix ? `${pathPrefix}.${path}` : path)
  const add = (path: string, message: string) => issues.push({ file, path: at(path), message })
  const places = new Map<string, Place>()
  const pageIds = new Set<string>()
  const sections = flow.sections ?? []
  const sectionIds = new Set(sections.map((s) => s.id))

  sections.forEach((s, i) => {
    if (s.id === DOCUMENTS_TASK_ID)
      add(`sections[${i}].id`, `"${DOCUMENTS_TASK_ID}" is kept for the documents task`)
  })
  if (sectionIds.size !== sections.length) add('sections', 'Section ids must be unique')

  // First every id and where it is asked, so a condition naming a later field is told so, not "unknown".
  flow.pages.forEach((page, p) => {
    if (pageIds.has(page.id)) add(`pages[${p}].id`, `Page id "${page.id}" is used more than once`)
    if (RESERVED_PAGE_IDS.includes(page.id))
      add(
        `pages[${p}].id`,
        `Page id "${page.id}" is the address of a fixed step (${RESERVED_PAGE_IDS.join(', ')}); choose another`,
      )
    pageIds.add(page.id)
    page.fields.forEach((field, f) => {
      if (places.has(field.id))
        add(`pages[${p}].fields[${f}].id`, `Field id "${field.id}" is used more than once`)
      else places.set(field.id, { page: p, field: f, pageId: page.id, question: field })
    })
  })
  const documentIds = new Set<string>()
  flow.documents.forEach((document, d) => {
    if (places.has(document.id) || documentIds.has(document.id))
      add(`documents[${d}].id`, `Id "${document.id}" is already used by a field or document`)
    documentIds.add(document.id)
  })

  const checkCondition = (cond: Condition | undefined, path: string, askedAt: AskedAt) => {
    if (cond) for (const [cpath, message] of conditionIssues(cond, path, askedAt, places)) add(cpath, message)
  }
  flow.pages.forEach((page, p) => {
    if (page.section !== undefined && !sectionIds.has(page.section))
      add(`pages[${p}].section`, `Unknown section "${page.section}"`)
    if (flow.sections && page.section === undefined)
      add(`pages[${p}]`, 'Name a section: this flow has a task list')
    checkCondition(page.when, `pages[${p}].when`, { page: p, field: -1 })
    page.fields.forEach((field, f) => {
      const path = `pages[${p}].fields[${f}]`
      checkCondition(field.when, `${path}.when`, { page: p, field: f })
      for (const [rpath, message] of fieldRuleIssues(field)) add(`${path}.${rpath}`, message)
    })
  })
  flow.documents.forEach((document, d) => checkCondition(document.when, `documents[${d}].when`, 'documents'))

  const listed = new Set<string>()
  ;(flow.summary ?? []).forEach((id, i) => {
    if (!places.has(id) && !documentIds.has(id)) add(`summary[${i}]`, `Unknown field or document "${id}"`)
    if (listed.has(id)) add(`summary[${i}]`, `"${id}" is listed more than once`)
    listed.add(id)
  })
  return issues
}

function zodIssues(file: string, error: z.ZodError, pathPrefix: string): SceneIssue[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath([...(pathPrefix ? [pathPrefix] : []), ...issue.path]),
    message: issue.message,
  }))
}

/**
 * Validates a flow as found in a file: the schema first, then {@link flowIssues}. Returns every problem
 * with the file and JSON path (empty when the flow is good), so a bad flow can stop the server at start.
 */
export function validateFlow(data: unknown, file: string, pathPrefix = ''): SceneIssue[] {
  const parsed = flowSchema.safeParse(data)
  if (!parsed.success) return zodIssues(file, parsed.error, pathPrefix)
  return flowIssues(parsed.data, file, pathPrefix)
}
