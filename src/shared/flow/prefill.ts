import type { LocalizedText } from '../scene/localized'
import { answerOf, type Answers } from './answers'
import { isAnswered } from './condition'
import type { Flow, Register } from './flow-schema'

/** What the consent step shows for one register: which of its values would fill which questions. */
export type PrefillGroup = {
  register: Register
  fields: { fieldId: string; pageId: string; label: LocalizedText; registerField: string }[]
}

/**
 * Every question the flow can pre-fill, grouped by register in the order they first appear, for the
 * consent preview. It lists questions on every branch, because consent is asked before the branches are
 * known; values for questions that end up skipped are dropped with the rest of the skipped answers.
 */
export function prefillPlan(flow: Flow): PrefillGroup[] {
  const groups = new Map<Register, PrefillGroup>()
  for (const page of flow.pages)
    for (const field of page.fields) {
      if (!field.prefill) continue
      const group = groups.get(field.prefill.register) ?? { register: field.prefill.register, fields: [] }
      group.fields.push({
        fieldId: field.id,
        pageId: page.id,
        label: field.label,
        registerField: field.prefill.field,
      })
      groups.set(field.prefill.register, group)
    }
  return [...groups.values()]
}

/**
 * Fills answers from register values the citizen agreed to, keyed by field id. Only questions that
 * pre-fill from an accepted register take a value, and never over something the citizen has already
 * answered; the result stays editable like any answer.
 */
export function applyPrefill(
  flow: Flow,
  answers: Answers,
  values: Answers,
  accepted: readonly Register[],
): Answers {
  const filled: Answers = { ...answers }
  for (const page of flow.pages)
    for (const field of page.fields) {
      if (!field.prefill || !accepted.includes(field.prefill.register)) continue
      const value = answerOf(values, field.id)
      if (isAnswered(value) && !isAnswered(answerOf(answers, field.id))) filled[field.id] = value
    }
  return filled
}
