import type { Kysely, Selectable, Transaction } from 'kysely'
import { validateSubmission } from '../../shared/flow'
import type { Department, Language, LocalizedText } from '../../shared/scene'
import { todayInChina } from '../../shared/validation'
import type { Database } from '../db/database'
import type { LoadedScenes } from '../scenes/load-scenes'
import { citizenError } from './api-errors'
import { answersWithFiles, listAttachments, loadDraft } from './drafts'
import { nextReference } from './reference'
import { findApplicableService } from './services'
import type { ApplicationsTable } from './tables'
import { addWorkingDays } from './working-days'

export type ApplicationRow = Selectable<ApplicationsTable>

/** An application as the API shows it (issue 4 contract). */
export type ApplicationView = {
  reference: string
  serviceId: string
  hallId: string
  status: string
  submittedAt: string
  expectedBy: string
  nextSteps: LocalizedText
}

/** The note every application's history starts with. */
export const SUBMITTED_NOTE: LocalizedText = {
  zh: '已收到您的在线申请，等待窗口受理。',
  en: 'Your online application has been received and is waiting to be processed.',
}

function nextSteps(department: Department, expectedBy: string): LocalizedText {
  return {
    zh: `${department.name.zh}将审核您的申请，预计在${expectedBy}前办结（按工作日计算，不含周六周日）。如需补充材料，工作人员会与您联系。可凭受理编号和续填码查询办理进度。`,
    en: `${department.name.en} will check your application and expects to finish by ${expectedBy} (counting working days, not Saturdays or Sundays). If anything else is needed, a clerk will contact you. Track it with the reference number and your resume code.`,
  }
}

/** An application row as the API shows it; the next steps come from the hall's current service data. */
export function applicationView(row: ApplicationRow, scenes: LoadedScenes): ApplicationView {
  const hall = scenes.halls.get(row.hall_id)
  const department = hall?.departments.find((d) => d.id === row.department_id)
  const steps = department
    ? nextSteps(department, row.expected_by)
    : { zh: `预计办结日期：${row.expected_by}`, en: `Expected by ${row.expected_by}` }
  return {
    reference: row.reference,
    serviceId: row.service_id,
    hallId: row.hall_id,
    status: row.status,
    submittedAt: row.submitted_at,
    expectedBy: row.expected_by,
    nextSteps: steps,
  }
}

export type SubmitRequest = {
  code: string
  idempotencyKey: string
  declarationAccepted: boolean
  language: Language
  scenes: LoadedScenes
  now?: Date
}

async function byKey(
  trx: Transaction<Database> | Kysely<Database>,
  key: string,
  resumeCode: string,
  lang: Language,
) {
  const found = await trx.selectFrom('idempotency_keys').selectAll().where('key', '=', key).executeTakeFirst()
  if (!found) return undefined
  if (found.resume_code !== resumeCode) throw citizenError(lang, 422, 'idempotency_key_reused')
  return trx
    .selectFrom('applications')
    .selectAll()
    .where('reference', '=', found.reference)
    .executeTakeFirstOrThrow()
}

/**
 * Submits a draft once. The same Idempotency-Key returns the application it created (`created: false`);
 * a draft already submitted under another key is 409 `already_submitted`. The answers are validated with
 * the shared engine in the user's language (422 `validation_failed` with field errors) and stored as the
 * answers that count. Reference, application, key, first history entry and the draft's submitted mark
 * are written in one transaction; the unique draft column on applications makes a racing second insert
 * fail rather than create a second application.
 */
export async function submitApplication(
  db: Kysely<Database>,
  request: SubmitRequest,
): Promise<{ application: ApplicationRow; created: boolean }> {
  const lang = request.language
  const now = request.now ?? new Date()
  const draft = await loadDraft(db, request.code, lang, { now })
  const earlier = await byKey(db, request.idempotencyKey, draft.resume_code, lang)
  if (earlier) return { application: earlier, created: false }
  const alreadySubmitted = async (trx: Transaction<Database> | Kysely<Database>) => {
    const app = await trx
      .selectFrom('applications')
      .select('reference')
      .where('resume_code', '=', draft.resume_code)
      .executeTakeFirst()
    if (app)
      throw citizenError(lang, 409, 'already_submitted', {
        params: { reference: app.reference },
        extra: { reference: app.reference },
      })
  }
  await alreadySubmitted(db)

  const target = findApplicableService(request.scenes, draft.service_id, draft.hall_id, lang)
  if (!request.declarationAccepted)
    throw citizenError(lang, 422, 'declaration_required', {
      fields: [{ fieldId: 'declarationAccepted', message: target.service.flow.declaration.confirm[lang] }],
    })
  const attachments = await listAttachments(db, draft.resume_code)
  const check = validateSubmission(target.service.flow, answersWithFiles(draft, attachments), lang)
  if (!check.ok)
    throw citizenError(lang, 422, 'validation_failed', {
      fields: check.errors.map((e) => ({
        fieldId: e.fieldId,
        message: e.message,
        pageId: e.pageId,
        ...(e.part ? { part: e.part } : {}),
      })),
    })

  const submittedAt = now.toISOString()
  const today = todayInChina(now)
  try {
    return await db.transaction().execute(async (trx) => {
      const raced = await byKey(trx, request.idempotencyKey, draft.resume_code, lang)
      if (raced) return { application: raced, created: false }
      await alreadySubmitted(trx)
      const row: ApplicationRow = {
        reference: await nextReference(trx, target.department.letter, today),
        resume_code: draft.resume_code,
        service_id: target.service.id,
        hall_id: target.hall.id,
        department_id: target.department.id,
        citizen_id: draft.citizen_id,
        answers: JSON.stringify(check.answers),
        language: lang,
        status: 'submitted',
        submitted_at: submittedAt,
        expected_by: addWorkingDays(today, target.service.processingDays),
      }
      await trx.insertInto('applications').values(row).execute()
      await trx
        .insertInto('idempotency_keys')
        .values({
          key: request.idempotencyKey,
          resume_code: draft.resume_code,
          reference: row.reference,
          created_at: submittedAt,
        })
        .execute()
      await trx
        .insertInto('application_status_history')
        .values({
          reference: row.reference,
          at: submittedAt,
          status: 'submitted',
          note_zh: SUBMITTED_NOTE.zh,
          note_en: SUBMITTED_NOTE.en,
        })
        .execute()
      await trx
        .updateTable('drafts')
        .set({ submitted_at: submittedAt })
        .where('resume_code', '=', draft.resume_code)
        .execute()
      return { application: row, created: true }
    })
  } catch (error) {
    // Another server process won the race between our checks and our insert: answer as it did.
    const winner = await byKey(db, request.idempotencyKey, draft.resume_code, lang)
    if (winner) return { application: winner, created: false }
    await alreadySubmitted(db)
    throw error
  }
}
