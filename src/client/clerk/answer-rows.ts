import { resolveFlow, summary, type Field, type Flow } from '../../shared/flow'
import type { Language } from '../../shared/scene/localized'
import type { AnswerValue } from './protocol-types'

/** One answer as the clerk reads it: the question's label from the flow and the answer as text. */
export type AnswerRow = { fieldId: string; label: string; valueText: string; answered: boolean }

/**
 * The answers of a draft, application or live form as labelled rows. With the service's flow, every
 * question that applies is listed in Check-your-answers order (unanswered ones too, so the clerk sees
 * what is missing); answers the flow does not know follow with their raw id, never hidden.
 * @param flow the service's flow from the hall data, or null when the service has none
 */
export function answerRows(
  flow: Flow | null,
  answers: Readonly<Record<string, unknown>>,
  language: Language,
): AnswerRow[] {
  const rows: AnswerRow[] = flow
    ? summary(flow, answers, language).map(({ fieldId, label, valueText, answered }) => ({
        fieldId,
        label,
        valueText,
        answered,
      }))
    : []
  const known = new Set(rows.map((row) => row.fieldId))
  for (const [fieldId, value] of Object.entries(answers)) {
    if (known.has(fieldId) || value === undefined || value === null) continue
    rows.push({
      fieldId,
      label: fieldId,
      valueText: typeof value === 'string' ? value : JSON.stringify(value),
      answered: true,
    })
  }
  return rows
}

/** How the clerk types a correction for a field: free text, a choice from the field's options, or not at all. */
export type SuggestionInput =
  { kind: 'text' } | { kind: 'choice'; options: { value: string; label: string }[] } | null

/** The field of a flow by id, on any page (documents are not suggested). */
export function flowField(flow: Flow | null, fieldId: string, answers: unknown = {}): Field | null {
  if (!flow) return null
  for (const page of resolveFlow(flow, answers).pages) {
    const field = page.fields.find((f) => f.id === fieldId)
    if (field) return field
  }
  return null
}

const YES_NO = {
  zh: [
    { value: 'yes', label: '是' },
    { value: 'no', label: '否' },
  ],
  en: [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ],
} as const

/** The input for suggesting a value for `field`; files and addresses are corrected by the citizen only. */
export function suggestionInput(field: Field | null, language: Language): SuggestionInput {
  if (!field) return { kind: 'text' }
  switch (field.type) {
    case 'file':
    case 'address':
      return null
    case 'yes-no':
      return { kind: 'choice', options: YES_NO[language].map((o) => ({ ...o })) }
    case 'single-choice':
      return {
        kind: 'choice',
        options: field.options.map((o) => ({ value: o.value, label: o.label[language] })),
      }
    case 'multiple-choice':
      return null
    default:
      return { kind: 'text' }
  }
}

/**
 * The answer value to send for what the clerk typed or chose, in the shape the field's answers take
 * (answers.ts): numbers as numbers, yes/no as booleans. Null when the text cannot be such a value.
 */
export function suggestionValue(field: Field | null, raw: string): AnswerValue | null {
  const text = raw.trim()
  if (text === '') return null
  if (!field) return text
  if (field.type === 'number') {
    const number = Number(text)
    return Number.isFinite(number) ? number : null
  }
  if (field.type === 'yes-no') return text === 'yes' ? true : text === 'no' ? false : null
  return text
}
