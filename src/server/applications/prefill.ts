import type { Kysely } from 'kysely'
import {
  applyPrefill,
  formatAnswer,
  isAnswered,
  prefillPlan,
  type Answers,
  type Field,
  type Register,
} from '../../shared/flow'
import type { Language, LocalizedText } from '../../shared/scene'
import type { Database } from '../db/database'
import type { CitizenSummary } from '../identity/citizens'
import { readRecords } from '../records/read-records'
import { REGISTER_NAMES } from '../records/registers'
import { flowFields } from './answer-shapes'
import { saveDraft, storedAnswers, type DraftRow } from './drafts'
import type { ApplicableService } from './services'

/** One register in the consent preview: exactly which values would fill which questions. */
export type PreviewRegister = {
  register: Register
  name: LocalizedText
  fields: { fieldId: string; label: LocalizedText; value: unknown; valueText: string }[]
}

/** The registers this service's flow pre-fills from. */
export function plannedRegisters(target: ApplicableService): Register[] {
  return prefillPlan(target.service.flow).map((group) => group.register)
}

/** Reads the planned registers (logged with `actor`) and picks each pre-fillable question's value. */
async function prefillValues(
  db: Kysely<Database>,
  target: ApplicableService,
  citizenId: string,
  registers: Register[],
  actor: { kind: 'citizen' | 'prefill'; name: string },
  purpose: string,
): Promise<{ values: Answers; byRegister: Map<Register, Answers> }> {
  const records = await readRecords(db, {
    citizenId,
    registers,
    actor,
    purpose,
    serviceId: target.service.id,
  })
  const values: Answers = {}
  const byRegister = new Map<Register, Answers>()
  for (const group of prefillPlan(target.service.flow)) {
    if (!registers.includes(group.register)) continue
    const record = records[group.register]
    const answers: Answers = {}
    for (const field of group.fields) {
      const value = record?.[field.registerField]
      if (isAnswered(value)) answers[field.fieldId] = values[field.fieldId] = value
    }
    byRegister.set(group.register, answers)
  }
  return { values, byRegister }
}

/**
 * The consent preview for a signed-in citizen: each register the flow uses, with the values it holds
 * for each question. Reading them is logged as the citizen's own look ("preview for <service>").
 */
export async function prefillPreview(
  db: Kysely<Database>,
  target: ApplicableService,
  citizen: CitizenSummary,
  language: Language,
): Promise<PreviewRegister[]> {
  const registers = plannedRegisters(target)
  const { byRegister } = await prefillValues(
    db,
    target,
    citizen.id,
    registers,
    { kind: 'citizen', name: citizen.displayName.zh },
    `preview for ${target.service.id}`,
  )
  const { fields } = flowFields(target.service.flow)
  return prefillPlan(target.service.flow).map((group) => ({
    register: group.register,
    name: REGISTER_NAMES[group.register],
    fields: group.fields.flatMap((f) => {
      const value = byRegister.get(group.register)?.[f.fieldId]
      const field = fields.get(f.fieldId) as Field
      return isAnswered(value)
        ? [{ fieldId: f.fieldId, label: f.label, value, valueText: formatAnswer(field, value, language) }]
        : []
    }),
  }))
}

/**
 * Fills a draft from the registers the citizen accepted (only those the flow uses), never over an
 * answer already given, and claims the draft for the citizen. Logged as a form pre-fill.
 * @returns the saved draft and the ids of the questions that were filled
 */
export async function prefillDraft(
  db: Kysely<Database>,
  draft: DraftRow,
  target: ApplicableService,
  citizen: CitizenSummary,
  accepted: Register[],
): Promise<{ draft: DraftRow; filled: string[] }> {
  const registers = plannedRegisters(target).filter((r) => accepted.includes(r))
  const before = storedAnswers(draft)
  const { values } = registers.length
    ? await prefillValues(
        db,
        target,
        citizen.id,
        registers,
        { kind: 'prefill', name: target.service.name.zh },
        `prefill for ${target.service.id}`,
      )
    : { values: {} }
  const after = applyPrefill(target.service.flow, before, values, registers)
  const filled = Object.keys(after).filter((id) => !isAnswered(before[id]) && isAnswered(after[id]))
  const saved = await saveDraft(db, draft, { answers: after, pageId: draft.page_id, citizenId: citizen.id })
  return { draft: saved, filled }
}
