import type { Language } from '../scene/localized'
import type { Answers } from './answers'
import type { Field, Flow, Page } from './flow-schema'
import { documentField } from './field-check'
import { flowMessages, problemMessage } from './messages'
import { resolveFlow, type EngineOptions, type Resolution } from './resolve'

export type { EngineOptions } from './resolve'

/** One problem with one answer, ready to show beside the field and in the error summary. */
export type FieldError = {
  /** The page to send the citizen back to; null for a document to attach. */
  pageId: string | null
  /** The field or document id ('' when the page itself is unknown). */
  fieldId: string
  /** For an address, the part to focus and link to. */
  part?: string
  /** The reason code, for tests and analytics. */
  code: string
  message: string
}

export type Validation = { ok: boolean; errors: FieldError[] }

/** A submission check: the errors, and the normalised answers that count, which is what gets stored. */
export type SubmissionValidation = Validation & { answers: Answers }

function safeLanguage(language: unknown): Language {
  return language === 'en' ? 'en' : 'zh'
}

function errorsFor(
  resolution: Resolution,
  fields: Field[],
  pageId: string | null,
  language: Language,
): FieldError[] {
  return fields.flatMap((field) => {
    const check = resolution.checks.get(field.id)
    if (!check || check.ok) return []
    return check.problems.map((problem) => ({
      pageId,
      fieldId: field.id,
      ...(problem.part ? { part: problem.part } : {}),
      code: problem.code,
      message: problemMessage(field, problem, language),
    }))
  })
}

/** The pages that apply to these answers, in order. */
export function applicablePages(flow: Flow, answers: unknown, options: EngineOptions = {}): Page[] {
  return resolveFlow(flow, answers, options).pages.map((p) => p.page)
}

/**
 * The page after `currentPageId` that applies, or null when the questions are done (go to the documents
 * or Check your answers). With no current page, or an unknown one, the first page that applies.
 */
export function nextPage(
  flow: Flow,
  answers: unknown,
  currentPageId: string | null | undefined,
  options: EngineOptions = {},
): string | null {
  const applicable = new Set(applicablePages(flow, answers, options).map((p) => p.id))
  const index = flow.pages.findIndex((p) => p.id === currentPageId)
  const after = index < 0 ? flow.pages : flow.pages.slice(index + 1)
  return after.find((p) => applicable.has(p.id))?.id ?? null
}

/**
 * The page a back link goes to: the last page before `currentPageId` that applies, or null on the first
 * page (back to the service's start) or for an unknown page. Use null as current to get the last page.
 */
export function previousPage(
  flow: Flow,
  answers: unknown,
  currentPageId: string | null | undefined,
  options: EngineOptions = {},
): string | null {
  const applicable = new Set(applicablePages(flow, answers, options).map((p) => p.id))
  const index =
    currentPageId == null ? flow.pages.length : flow.pages.findIndex((p) => p.id === currentPageId)
  if (index < 0) return null
  return flow.pages.slice(0, index).findLast((p) => applicable.has(p.id))?.id ?? null
}

/**
 * Validates the answers on one page, as on pressing Continue. A page that no longer applies has nothing
 * that counts and is valid; an unknown page id is an error.
 */
export function validatePage(
  flow: Flow,
  pageId: string,
  answers: unknown,
  language: Language,
  options: EngineOptions = {},
): Validation {
  const lang = safeLanguage(language)
  if (!flow.pages.some((p) => p.id === pageId))
    return {
      ok: false,
      errors: [
        { pageId: null, fieldId: '', code: 'unknown-page', message: flowMessages[lang]['unknown-page'] },
      ],
    }
  const resolution = resolveFlow(flow, answers, options)
  const resolved = resolution.pages.find((p) => p.page.id === pageId)
  const errors = resolved ? errorsFor(resolution, resolved.fields, pageId, lang) : []
  return { ok: errors.length === 0, errors }
}

/** Validates the documents to attach that apply to these answers. */
export function validateDocuments(
  flow: Flow,
  answers: unknown,
  language: Language,
  options: EngineOptions = {},
): Validation {
  const resolution = resolveFlow(flow, answers, options)
  const errors = errorsFor(resolution, resolution.documents.map(documentField), null, safeLanguage(language))
  return { ok: errors.length === 0, errors }
}

/**
 * The answers that count: those to questions and documents that apply, normalised where valid. Answers
 * on skipped pages, to switched-off questions and to ids the flow does not have are dropped.
 */
export function countingAnswers(flow: Flow, answers: unknown, options: EngineOptions = {}): Answers {
  return resolveFlow(flow, answers, options).counting
}

/**
 * What the server runs on submit: every page and document that applies must be valid. Returns every
 * error in page order and the normalised counting answers to store.
 */
export function validateSubmission(
  flow: Flow,
  answers: unknown,
  language: Language,
  options: EngineOptions = {},
): SubmissionValidation {
  const lang = safeLanguage(language)
  const resolution = resolveFlow(flow, answers, options)
  const errors = [
    ...resolution.pages.flatMap((p) => errorsFor(resolution, p.fields, p.page.id, lang)),
    ...errorsFor(resolution, resolution.documents.map(documentField), null, lang),
  ]
  return { ok: errors.length === 0, errors, answers: resolution.counting }
}

/** The first page that applies and is not yet valid (where a resumed draft should open), or null. */
export function firstInvalidPage(flow: Flow, answers: unknown, options: EngineOptions = {}): string | null {
  const resolution = resolveFlow(flow, answers, options)
  return (
    resolution.pages.find((p) => p.fields.some((f) => resolution.checks.get(f.id)?.ok === false))?.page.id ??
    null
  )
}

/**
 * Answer ids the flow has no field or document for. Drafts may keep answers from skipped branches, but an
 * id that exists nowhere in the flow is a client bug or tampering; the API rejects it.
 */
export function unknownAnswerIds(flow: Flow, answers: unknown): string[] {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return []
  const known = new Set([
    ...flow.pages.flatMap((p) => p.fields.map((f) => f.id)),
    ...flow.documents.map((d) => d.id),
  ])
  return Object.keys(answers).filter((id) => !known.has(id))
}
