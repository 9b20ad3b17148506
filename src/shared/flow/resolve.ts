import { todayInChina, type IsoDate } from '../validation/date'
import { answerOf, type Answers } from './answers'
import { evaluateCondition, isAnswered } from './condition'
import { checkField, documentField, type FieldCheck } from './field-check'
import type { Field, Flow, FlowDocument, Page } from './flow-schema'

/** Options every engine function takes. */
export type EngineOptions = {
  /** The date "today" means for date rules, `yyyy-mm-dd`. @default today in China */
  today?: IsoDate
}

/** A page that applies, with the fields on it that apply. */
export type ResolvedPage = { page: Page; fields: Field[] }

/** The form as these answers shape it. */
export type Resolution = {
  pages: ResolvedPage[]
  documents: FlowDocument[]
  /** The answers that count, normalised where valid (see answers.ts) and as given where not. */
  counting: Answers
  /** The check of every applicable field and document, by id. */
  checks: Map<string, FieldCheck>
}

/**
 * Walks the flow in order, deciding each page and field from the answers that count so far. Conditions
 * therefore only ever see answers on pages (and fields) that apply: a stale answer left on a page the
 * citizen has since branched away from cannot switch a later page on.
 */
export function resolveFlow(flow: Flow, answers: unknown, options: EngineOptions = {}): Resolution {
  const today = options.today ?? todayInChina()
  const counting: Answers = {}
  const checks = new Map<string, FieldCheck>()
  const take = (field: Field) => {
    const value = answerOf(answers, field.id)
    const check = checkField(field, value, today)
    checks.set(field.id, check)
    if (isAnswered(value)) counting[field.id] = check.ok ? check.value : value
  }

  const pages: ResolvedPage[] = []
  for (const page of flow.pages) {
    if (page.when && !evaluateCondition(page.when, counting)) continue
    const fields: Field[] = []
    for (const field of page.fields) {
      if (field.when && !evaluateCondition(field.when, counting)) continue
      fields.push(field)
      take(field)
    }
    // A question page whose every question is switched off has nothing to ask.
    if (page.fields.length === 0 || fields.length > 0) pages.push({ page, fields })
  }
  const documents = flow.documents.filter((d) => !d.when || evaluateCondition(d.when, counting))
  documents.forEach((document) => take(documentField(document)))
  return { pages, documents, counting, checks }
}
