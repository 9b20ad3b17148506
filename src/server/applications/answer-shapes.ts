import {
  ADDRESS_PARTS,
  problemMessage,
  unknownAnswerIds,
  type Answers,
  type Field,
  type Flow,
} from '../../shared/flow'
import type { Language } from '../../shared/scene'
import { citizenError, type FieldProblemDetail } from './api-errors'

/** The longest text a draft keeps for one answer; the flow's own limits apply on Continue and submit. */
const MAX_TEXT = 10_000
const isText = (v: unknown) => typeof v === 'string' && v.length <= MAX_TEXT

/** True when a value has the JSON shape a field of this type takes (see answers.ts), valid or not. */
function hasShape(field: Field, value: unknown): boolean {
  if (value === null) return true
  switch (field.type) {
    case 'number':
      return (typeof value === 'number' && Number.isFinite(value)) || isText(value)
    case 'yes-no':
      return typeof value === 'boolean' || value === 'yes' || value === 'no'
    case 'multiple-choice':
      return Array.isArray(value) && value.length <= field.options.length * 2 && value.every(isText)
    case 'address':
      return (
        typeof value === 'object' &&
        !Array.isArray(value) &&
        Object.entries(value).every(
          ([k, v]) => (ADDRESS_PARTS as readonly string[]).includes(k) && (v === null || isText(v)),
        )
      )
    case 'file':
      return true
    default:
      return isText(value)
  }
}

/** Every question of the flow by id, and the ids whose answers are files (owned by the attachments API). */
export function flowFields(flow: Flow): { fields: Map<string, Field>; fileIds: Set<string> } {
  const fields = new Map<string, Field>()
  const fileIds = new Set(flow.documents.map((d) => d.id))
  for (const page of flow.pages)
    for (const field of page.fields) {
      fields.set(field.id, field)
      if (field.type === 'file') fileIds.add(field.id)
    }
  return { fields, fileIds }
}

/**
 * The answers a draft may store: every id known to the flow (400 `unknown_fields` listing the others),
 * every value of its field's shape (400 `invalid_fields` otherwise). File answers are dropped: they come
 * from the attachments, which the client cannot forge. Content is not checked here (a draft may be
 * half-typed); validate-page and submit do that.
 */
export function draftableAnswers(flow: Flow, answers: Answers, language: Language): Answers {
  const unknown = unknownAnswerIds(flow, answers)
  if (unknown.length > 0)
    throw citizenError(language, 400, 'unknown_fields', {
      params: { ids: unknown.join(', ') },
      fields: unknown.map((id) => ({
        fieldId: id,
        message: language === 'en' ? 'Not in this form' : '本表单没有此项',
      })),
    })
  const { fields, fileIds } = flowFields(flow)
  const problems: FieldProblemDetail[] = []
  const kept: Answers = {}
  for (const [id, value] of Object.entries(answers)) {
    if (fileIds.has(id)) continue
    const field = fields.get(id)
    if (!field) continue
    if (hasShape(field, value)) {
      if (value !== null) kept[id] = value
    } else problems.push({ fieldId: id, message: problemMessage(field, { code: 'wrong-type' }, language) })
  }
  if (problems.length > 0) throw citizenError(language, 400, 'invalid_fields', { fields: problems })
  return kept
}
