import type { LocalizedText } from '../scene/localized'
import { answerOf } from './answers'
import { isAnswered } from './condition'
import type { Flow } from './flow-schema'
import { resolveFlow, type EngineOptions, type ResolvedPage } from './resolve'

export type TaskStatus = 'not-started' | 'in-progress' | 'completed'

/** One task of a long application. `kind: 'documents'` is the attach-documents task, listed last. */
export type TaskSection = {
  id: string
  kind: 'pages' | 'documents'
  title: LocalizedText
  /** The pages of the section that apply, in order; the task link goes to the first. */
  pageIds: string[]
  status: TaskStatus
}

/** Id of the documents task; validateFlow keeps sections from using it. */
export const DOCUMENTS_TASK_ID = 'documents'
const DOCUMENTS_TITLE: LocalizedText = { zh: '上传材料', en: 'Upload documents' }

function statusOf(ids: string[], counting: Record<string, unknown>, valid: boolean): TaskStatus {
  if (ids.length === 0) return 'completed'
  if (!ids.some((id) => isAnswered(answerOf(counting, id)))) return 'not-started'
  return valid ? 'completed' : 'in-progress'
}

/**
 * The task list: the flow's sections (or, without sections, one task per page) that apply, then the
 * documents task when there are documents to attach. A task is not started until something in it is
 * answered and completed once every answer that applies in it is valid, so an optional-only task left
 * blank stays "not started".
 */
export function taskList(flow: Flow, answers: unknown, options: EngineOptions = {}): TaskSection[] {
  const resolution = resolveFlow(flow, answers, options)
  const { counting, checks } = resolution
  const groups: { id: string; title: LocalizedText; pages: ResolvedPage[] }[] = flow.sections
    ? flow.sections.map((s) => ({
        id: s.id,
        title: s.title,
        pages: resolution.pages.filter((p) => p.page.section === s.id),
      }))
    : resolution.pages.map((p) => ({ id: p.page.id, title: p.page.title, pages: [p] }))

  const tasks: TaskSection[] = groups
    .filter((g) => g.pages.length > 0)
    .map((g) => {
      const ids = g.pages.flatMap((p) => p.fields.map((f) => f.id))
      const valid = ids.every((id) => checks.get(id)?.ok !== false)
      return {
        id: g.id,
        kind: 'pages',
        title: g.title,
        pageIds: g.pages.map((p) => p.page.id),
        status: statusOf(ids, counting, valid),
      }
    })
  if (resolution.documents.length > 0) {
    const ids = resolution.documents.map((d) => d.id)
    const valid = ids.every((id) => checks.get(id)?.ok !== false)
    tasks.push({
      id: DOCUMENTS_TASK_ID,
      kind: 'documents',
      title: DOCUMENTS_TITLE,
      pageIds: [],
      status: statusOf(ids, counting, valid),
    })
  }
  return tasks
}
