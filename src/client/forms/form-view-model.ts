import type { Answers } from '../../shared/flow/answers'
import {
  applicablePages,
  firstInvalidPage,
  nextPage,
  previousPage,
  validateDocuments,
  type FieldError,
} from '../../shared/flow/engine'
import { documentField } from '../../shared/flow/field-check'
import type { Flow, Register } from '../../shared/flow/flow-schema'
import { resolveFlow, type EngineOptions } from '../../shared/flow/resolve'
import { summary } from '../../shared/flow/summary'
import { taskList, type TaskStatus } from '../../shared/flow/task-list'
import type { Language } from '../../shared/scene/localized'
import { stepHref, type FormStep } from './apply-route'
import { errorTargetId, fieldViewModel, type FieldViewModel } from './field-view-model'
import { formText, type FormTextKey } from './form-text'

/** Everything a form view needs to know about the application in progress. */
export type FormContext = {
  serviceId: string
  hallId: string
  flow: Flow
  /** The answers as typed so far (raw, not normalised). */
  answers: Answers
  language: Language
  /** The problems found when the current page was last submitted; empty before that. */
  errors: readonly FieldError[]
  /** Answers a pre-fill put there, by field id. */
  prefilled: Readonly<Record<string, Register>>
  /** True when the citizen came from Check your answers by a Change link. */
  returnToCheck?: boolean
  options?: EngineOptions
}

/** One line of the error summary: the message and the id of the input its link focuses. */
export type ErrorSummaryItem = { targetId: string; message: string }

/** A task of a long application with its status in words. */
export type TaskViewModel = {
  id: string
  title: string
  status: TaskStatus
  statusText: string
  href: string | null
}

/** One question page, ready to render. */
export type QuestionPageViewModel = {
  pageId: string
  title: string
  intro: string | null
  fields: FieldViewModel[]
  errorSummary: ErrorSummaryItem[]
  /** Where the back link goes: the previous page that applies, or the start page. */
  backHref: string
  /** "Step 2 of 7". */
  progress: string
  /** The flow's sections with status, for long applications; empty when the flow has none. */
  tasks: TaskViewModel[]
}

/** The upload page of the documents that apply. */
export type DocumentsViewModel = {
  title: string
  intro: string
  documents: FieldViewModel[]
  errorSummary: ErrorSummaryItem[]
  backHref: string
}

/** One row of Check your answers. */
export type CheckRowViewModel = {
  fieldId: string
  label: string
  valueText: string
  answered: boolean
  changeHref: string
  /** "Change full name" for screen readers (the visible text is only "Change"). */
  changeLabel: string
}

export type CheckAnswersViewModel = {
  title: string
  rows: CheckRowViewModel[]
  declarationTitle: string
  declarationText: string
  declarationConfirm: string
  backHref: string
}

const STATUS_KEYS = {
  'not-started': 'statusNotStarted',
  'in-progress': 'statusInProgress',
  completed: 'statusCompleted',
} as const satisfies Record<TaskStatus, FormTextKey>

function href(ctx: FormContext, step: FormStep, params: Record<string, string> = {}): string {
  return stepHref(ctx.serviceId, step, ctx.hallId, params)
}

/** The error summary for problems on the fields shown, in field order. */
export function errorSummaryFor(
  errors: readonly FieldError[],
  fields: readonly { id: string; type: FieldViewModel['type'] }[],
  language: Language,
): ErrorSummaryItem[] {
  return fields.flatMap((field) =>
    errors
      .filter((e) => e.fieldId === field.id)
      .map((e) => ({ targetId: errorTargetId(field, e.part, language), message: e.message })),
  )
}

/** The sections of a flow that declares them, with statuses and links to their first page. */
export function tasksViewModel(ctx: FormContext): TaskViewModel[] {
  if (!ctx.flow.sections) return []
  return taskList(ctx.flow, ctx.answers, ctx.options).map((task) => ({
    id: task.id,
    title: task.title[ctx.language],
    status: task.status,
    statusText: formText(ctx.language, STATUS_KEYS[task.status]),
    href:
      task.kind === 'documents'
        ? href(ctx, { kind: 'documents' })
        : task.pageIds[0]
          ? href(ctx, { kind: 'question', pageId: task.pageIds[0] })
          : null,
  }))
}

/**
 * The view model of one question page, or null when the page does not apply to these answers (or is
 * not in the flow): the caller then sends the citizen to {@link resumeStep}.
 */
export function questionPageViewModel(ctx: FormContext, pageId: string): QuestionPageViewModel | null {
  const resolution = resolveFlow(ctx.flow, ctx.answers, ctx.options)
  const index = resolution.pages.findIndex((p) => p.page.id === pageId)
  const resolved = resolution.pages[index]
  if (!resolved) return null
  const fields = resolved.fields.map((field) =>
    fieldViewModel(field, ctx.answers, ctx.errors, ctx.language, ctx.prefilled[field.id] ?? null),
  )
  const previous = previousPage(ctx.flow, ctx.answers, pageId, ctx.options)
  return {
    pageId,
    title: resolved.page.title[ctx.language],
    intro: resolved.page.intro?.[ctx.language] ?? null,
    fields,
    errorSummary: errorSummaryFor(ctx.errors, fields, ctx.language),
    backHref: ctx.returnToCheck
      ? href(ctx, { kind: 'check' })
      : previous
        ? href(ctx, { kind: 'question', pageId: previous })
        : href(ctx, { kind: 'start' }),
    progress: formText(ctx.language, 'progress', { current: index + 1, total: resolution.pages.length }),
    tasks: tasksViewModel(ctx),
  }
}

/** True when documents apply to these answers. */
export function hasDocuments(flow: Flow, answers: Answers, options?: EngineOptions): boolean {
  return resolveFlow(flow, answers, options).documents.length > 0
}

/**
 * Where Continue goes from a valid page: the next page that applies, then the documents, then Check
 * your answers. Coming from a Change link, it goes back to Check your answers unless the change opened
 * a branch that still has questions to answer.
 */
export function stepAfterPage(ctx: FormContext, pageId: string): FormStep {
  if (ctx.returnToCheck) {
    const invalid = firstInvalidPage(ctx.flow, ctx.answers, ctx.options)
    return invalid ? { kind: 'question', pageId: invalid } : { kind: 'check' }
  }
  const next = nextPage(ctx.flow, ctx.answers, pageId, ctx.options)
  if (next) return { kind: 'question', pageId: next }
  return hasDocuments(ctx.flow, ctx.answers, ctx.options) ? { kind: 'documents' } : { kind: 'check' }
}

/**
 * Where a resumed draft opens: the first page still to answer, else the documents when one is
 * missing, else Check your answers.
 */
export function resumeStep(flow: Flow, answers: Answers, options?: EngineOptions): FormStep {
  const invalid = firstInvalidPage(flow, answers, options)
  if (invalid) return { kind: 'question', pageId: invalid }
  if (!validateDocuments(flow, answers, 'en', options).ok) return { kind: 'documents' }
  return { kind: 'check' }
}

/** The first question page that applies (where a new application starts). */
export function firstPageStep(flow: Flow, answers: Answers, options?: EngineOptions): FormStep {
  const first = applicablePages(flow, answers, options)[0]
  return first ? { kind: 'question', pageId: first.id } : { kind: 'check' }
}

/** The step before the documents page: the last page that applies. */
function lastPageHref(ctx: FormContext): string {
  const last = previousPage(ctx.flow, ctx.answers, null, ctx.options)
  return last ? href(ctx, { kind: 'question', pageId: last }) : href(ctx, { kind: 'start' })
}

/** The documents page: every document that applies, with its limits stated, and its errors. */
export function documentsViewModel(ctx: FormContext): DocumentsViewModel {
  const resolution = resolveFlow(ctx.flow, ctx.answers, ctx.options)
  const documents = resolution.documents.map((d) =>
    fieldViewModel(documentField(d), ctx.answers, ctx.errors, ctx.language),
  )
  return {
    title: formText(ctx.language, 'documentsTitle'),
    intro: formText(ctx.language, 'documentsIntro'),
    documents,
    errorSummary: errorSummaryFor(ctx.errors, documents, ctx.language),
    backHref: ctx.returnToCheck ? href(ctx, { kind: 'check' }) : lastPageHref(ctx),
  }
}

/** Check your answers: a row per question and document that applies, each with a Change link. */
export function checkAnswersViewModel(ctx: FormContext): CheckAnswersViewModel {
  const rows = summary(ctx.flow, ctx.answers, ctx.language, ctx.options).map((row) => ({
    fieldId: row.fieldId,
    label: row.label,
    valueText: row.valueText,
    answered: row.answered,
    changeHref:
      row.pageId === null
        ? href(ctx, { kind: 'documents' }, { return: 'check' })
        : href(ctx, { kind: 'question', pageId: row.pageId }, { return: 'check' }),
    changeLabel: formText(ctx.language, 'changeField', { label: row.label }),
  }))
  return {
    title: formText(ctx.language, 'checkTitle'),
    rows,
    declarationTitle: formText(ctx.language, 'declarationTitle'),
    declarationText: ctx.flow.declaration.text[ctx.language],
    declarationConfirm: ctx.flow.declaration.confirm[ctx.language],
    backHref: hasDocuments(ctx.flow, ctx.answers, ctx.options)
      ? href(ctx, { kind: 'documents' })
      : lastPageHref(ctx),
  }
}
