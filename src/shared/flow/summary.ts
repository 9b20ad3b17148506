import type { Language } from '../scene/localized'
import { ADDRESS_PARTS, answerOf, type FileRef } from './answers'
import { isAnswered } from './condition'
import { documentField } from './field-check'
import type { Field, Flow } from './flow-schema'
import { formatDate } from './format'
import { resolveFlow, type EngineOptions } from './resolve'

/** One row of Check your answers; the Change link goes to `pageId` (null: the documents page). */
export type SummaryRow = {
  pageId: string | null
  fieldId: string
  label: string
  valueText: string
  answered: boolean
}

const WORDS = {
  zh: { yes: '是', no: '否', none: '未填写', list: '、' },
  en: { yes: 'Yes', no: 'No', none: 'Not provided', list: ', ' },
} as const

/**
 * An answer as text for Check your answers and the confirmation copy. Expects the normalised value; text
 * that is not (an invalid answer) is shown as given, so the citizen sees what they typed.
 */
export function formatAnswer(field: Field, value: unknown, language: Language): string {
  const words = WORDS[language]
  if (!isAnswered(value)) return words.none
  const optionLabel = (v: unknown) =>
    'options' in field ? (field.options.find((o) => o.value === v)?.label[language] ?? String(v)) : String(v)
  switch (field.type) {
    case 'date':
      return typeof value === 'string' ? formatDate(value, language) : String(value)
    case 'yes-no':
      return value === true ? words.yes : value === false ? words.no : String(value)
    case 'single-choice':
      return optionLabel(value)
    case 'multiple-choice':
      return Array.isArray(value) ? value.map(optionLabel).join(words.list) : String(value)
    case 'number':
      return field.unit && typeof value === 'number' ? `${value} ${field.unit[language]}` : String(value)
    case 'address': {
      if (typeof value !== 'object' || value === null) return String(value)
      const record = value as Record<string, unknown>
      const parts = ADDRESS_PARTS.map((p) => answerOf(record, p)).filter(
        (p): p is string => typeof p === 'string' && p !== '',
      )
      // Chinese addresses run from the province down; English ones from the door up.
      return language === 'zh' ? parts.join('') : parts.reverse().join(', ')
    }
    case 'file':
      return Array.isArray(value)
        ? value.map((f: Partial<FileRef> | null) => String(f?.name ?? '')).join(words.list)
        : String(value)
    default:
      return typeof value === 'string' ? value : JSON.stringify(value)
  }
}

/**
 * The rows of Check your answers: every question and document that applies, answered or not, in the
 * flow's `summary` order and then in page order.
 */
export function summary(
  flow: Flow,
  answers: unknown,
  language: Language,
  options: EngineOptions = {},
): SummaryRow[] {
  const lang: Language = language === 'en' ? 'en' : 'zh'
  const resolution = resolveFlow(flow, answers, options)
  const rows = [
    ...resolution.pages.flatMap((p) =>
      p.fields.map((field) => ({ field, pageId: p.page.id as string | null })),
    ),
    ...resolution.documents.map((d) => ({ field: documentField(d), pageId: null })),
  ].map(({ field, pageId }) => {
    const value = answerOf(resolution.counting, field.id)
    return {
      pageId,
      fieldId: field.id,
      label: field.label[lang],
      valueText: formatAnswer(field, value, lang),
      answered: isAnswered(value),
    }
  })
  const order = flow.summary ?? []
  const rank = (id: string) => {
    const i = order.indexOf(id)
    return i < 0 ? order.length : i
  }
  // Array.prototype.sort is stable, so unlisted rows keep their page order.
  return rows.sort((a, b) => rank(a.fieldId) - rank(b.fieldId))
}
