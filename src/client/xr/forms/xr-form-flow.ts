import { answerOf, type AddressPart, type Answers } from '../../../shared/flow/answers'
import { validatePage, validateSubmission, type FieldError } from '../../../shared/flow/engine'
import type { Flow } from '../../../shared/flow/flow-schema'
import type { EngineOptions } from '../../../shared/flow/resolve'
import type { Language } from '../../../shared/scene/localized'
import { parseApplyPath } from '../../forms/apply-route'
import type { FieldViewModel } from '../../forms/field-view-model'
import { stepAfterPage, type FormContext } from '../../forms/form-view-model'
import type { XrFormStep } from './xr-form-store'

/*
 * What the VR form adds to the 2D form's flow logic (src/shared/flow, forms/form-view-model.ts): a
 * headset has no file picker, so uploads are left for the 2D page (with the resume code), and a date is
 * typed in one box. Everything else (which pages apply, next, back, validation) is the shared engine's.
 */

/** Ids of the flow's uploads: file questions and documents to attach. */
export function uploadIds(flow: Flow): Set<string> {
  return new Set([
    ...flow.pages.flatMap((p) => p.fields.filter((f) => f.type === 'file').map((f) => f.id)),
    ...flow.documents.map((d) => d.id),
  ])
}

/** Problems with answers given in VR, and the uploads that must wait for the 2D page. */
export type SplitErrors = { fixable: FieldError[]; uploads: FieldError[] }

/** Splits problems into those a VR user can fix here and those about uploads. */
export function splitErrors(flow: Flow, errors: readonly FieldError[]): SplitErrors {
  const uploads = uploadIds(flow)
  return {
    fixable: errors.filter((e) => !uploads.has(e.fieldId)),
    uploads: errors.filter((e) => uploads.has(e.fieldId)),
  }
}

/** Continue on a question page in VR: the problems to show (uploads excepted) and where to go if none. */
export type PageOutcome = { errors: FieldError[]; next: XrFormStep | null }

/**
 * Validates one page as Continue does in the 2D form, except that an empty upload does not stop the
 * citizen (it is attached later on the 2D page). From a Change button, goes back to Check your answers
 * unless the change opened a page that still has something to answer in VR.
 */
export function continuePage(ctx: FormContext, pageId: string): PageOutcome {
  const { fixable } = splitErrors(
    ctx.flow,
    validatePage(ctx.flow, pageId, ctx.answers, ctx.language, ctx.options).errors,
  )
  if (fixable.length > 0) return { errors: fixable, next: null }
  if (ctx.returnToCheck) {
    const invalid = firstPageToFix(ctx.flow, ctx.answers, ctx.language, ctx.options)
    return { errors: [], next: invalid ? { kind: 'question', pageId: invalid } : { kind: 'check' } }
  }
  const next = stepAfterPage(ctx, pageId)
  return {
    errors: [],
    next: next.kind === 'question' || next.kind === 'documents' ? next : { kind: 'check' },
  }
}

/** The first page that applies and has a problem other than an upload, or null. */
export function firstPageToFix(
  flow: Flow,
  answers: Answers,
  language: Language,
  options?: EngineOptions,
): string | null {
  const { fixable } = splitErrors(flow, validateSubmission(flow, answers, language, options).errors)
  return fixable.find((e) => e.pageId !== null)?.pageId ?? null
}

/**
 * What stops sending from VR: problems with answers (fixable here, by a Change button) and required
 * uploads still missing (only the 2D page can attach them).
 */
export function submitBlockers(
  flow: Flow,
  answers: Answers,
  language: Language,
  options?: EngineOptions,
): SplitErrors {
  return splitErrors(flow, validateSubmission(flow, answers, language, options).errors)
}

/**
 * The step a form view model's link points at (`backHref`, `changeHref`), so VR goes exactly where the
 * 2D form would. Steps VR does not have (consent) and foreign links give null.
 */
export function stepOfHref(href: string): { step: XrFormStep; returnToCheck: boolean } | null {
  const url = new URL(href, 'http://onehall.invalid')
  const location = parseApplyPath(url.pathname)
  if (!location) return null
  const { step } = location
  if (step.kind === 'consent' || step.kind === 'saved') return null
  return { step, returnToCheck: url.searchParams.get('return') === 'check' }
}

/** Where a draft opened in VR continues: the first page with something to answer here, else the check. */
export function resumeInVr(
  flow: Flow,
  answers: Answers,
  language: Language,
  options?: EngineOptions,
): XrFormStep {
  const page = firstPageToFix(flow, answers, language, options)
  return page ? { kind: 'question', pageId: page } : { kind: 'check' }
}

const DATE_SEPARATORS = /[\s/.．。年月、]+/g

/**
 * A date typed in one box, as the engine reads it (`year-month-day`): "2027/1/15", "2027.01.15",
 * "2027 1 15" and "2027年1月15日" all become "2027-1-15". Undefined when blank (not answered); anything
 * else is kept as typed, so the engine's message explains what is wrong and the text stays.
 */
export function dateFromTyped(text: string): string | undefined {
  const trimmed = text.trim()
  if (!trimmed) return undefined
  const joined = trimmed.replace(/日$/, '').replace(DATE_SEPARATORS, '-')
  return /^\d+-\d+-\d+$/.test(joined) ? joined : text
}

/** The text the one box of a date question shows: the answer as typed, or empty. */
export function dateBoxText(answers: Answers, fieldId: string): string {
  const value = answerOf(answers, fieldId)
  return typeof value === 'string' ? value : ''
}

/** The new answer of a multiple-choice question after pressing one option (undefined when none left). */
export function toggleOption(
  current: unknown,
  value: string,
  order: readonly string[],
): string[] | undefined {
  const chosen = new Set(
    Array.isArray(current) ? current.filter((v): v is string => typeof v === 'string') : [],
  )
  if (chosen.has(value)) chosen.delete(value)
  else chosen.add(value)
  const next = order.filter((v) => chosen.has(v))
  return next.length > 0 ? next : undefined
}

/**
 * The answer a box in VR gives when its text changes, as the 2D inputs give it: blank is "not answered",
 * a date is read from one box, an address part is merged into the address (blank parts dropped).
 */
export function answerFromBox(
  field: Pick<FieldViewModel, 'type' | 'address'>,
  text: string,
  part?: AddressPart,
): unknown {
  if (field.type === 'date') return dateFromTyped(text)
  if (field.type === 'address' && part) {
    const next: Record<string, string> = Object.fromEntries(field.address.map((p) => [p.part, p.value]))
    next[part] = text
    for (const key of Object.keys(next)) if (next[key] === '') delete next[key]
    return Object.keys(next).length > 0 ? next : undefined
  }
  return text === '' ? undefined : text
}
