import type { Kysely, Selectable, Transaction } from 'kysely'
import { validateSubmission, type Answers } from '../../shared/flow'
import type { Department, Language, LocalizedText } from '../../shared/scene'
import { todayInChina } from '../../shared/validation'
import type { Database } from '../db/database'
import type { LoadedScenes } from '../scenes/load-scenes'
import { ApiError } from '../http/errors'
import { citizenError } from './api-errors'
import { answersWithFiles, type DraftRow, type FileRow } from './drafts'
import { nextReference } from './reference'
import { parseResumeCode } from './resume-code'
import { findApplicableService, type ApplicableService } from './services'
import type { ApplicationsTable } from './tables'
import { addWorkingDays } from './working-days'

export type ApplicationRow = Selectable<ApplicationsTable>

/** An application as the API shows it. */
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

type Db = Transaction<Database> | Kysely<Database>

/**
 * The draft to submit with its files, or what a submit of it with this key has already come to: the
 * application the key made (a retry); 422 when the key was used for another draft; 409 when the draft
 * was submitted under another key; 404 and 410 for a missing or expired draft, as loadDraft answers.
 * One statement reads the draft, its files (one row each), the application made from it and the key's.
 */
async function draftOrEarlier(
  db: Db,
  resumeCode: string,
  key: string,
  lang: Language,
  now: Date,
): Promise<{ draft: DraftRow; files: FileRow[] } | { earlier: ApplicationRow }> {
  const rows = await db
    .selectFrom('drafts as d')
    .leftJoin('applications as a', 'a.resume_code', 'd.resume_code')
    .leftJoin('idempotency_keys as k', (join) => join.on('k.key', '=', key))
    .leftJoin('attachments as f', 'f.resume_code', 'd.resume_code')
    .selectAll('d')
    .select(['a.reference as made_reference', 'k.resume_code as key_code', 'k.reference as key_reference'])
    .select(['f.id as file_id', 'f.document_id', 'f.name', 'f.size', 'f.media_type'])
    .where('d.resume_code', '=', resumeCode)
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute()
  const first = rows[0]
  if (!first) throw citizenError(lang, 404, 'draft_not_found')
  const { made_reference: made, key_code: keyCode, key_reference: keyReference } = first
  const draft: DraftRow = {
    resume_code: first.resume_code,
    service_id: first.service_id,
    hall_id: first.hall_id,
    citizen_id: first.citizen_id,
    answers: first.answers,
    page_id: first.page_id,
    created_at: first.created_at,
    updated_at: first.updated_at,
    expires_at: first.expires_at,
    submitted_at: first.submitted_at,
  }
  if (draft.submitted_at === null && draft.expires_at <= now.toISOString())
    throw citizenError(lang, 410, 'draft_expired')
  if (keyReference !== null) {
    if (keyCode !== draft.resume_code) throw citizenError(lang, 422, 'idempotency_key_reused')
    const earlier = await db
      .selectFrom('applications')
      .selectAll()
      .where('reference', '=', keyReference)
      .executeTakeFirstOrThrow()
    return { earlier }
  }
  if (made !== null)
    throw citizenError(lang, 409, 'already_submitted', {
      params: { reference: made },
      extra: { reference: made },
    })
  const files = rows.flatMap((r) =>
    r.file_id === null ||
    r.document_id === null ||
    r.name === null ||
    r.size === null ||
    r.media_type === null
      ? []
      : [{ id: r.file_id, document_id: r.document_id, name: r.name, size: r.size, media_type: r.media_type }],
  )
  return { draft, files }
}

/**
 * Submits a draft once. The same Idempotency-Key returns the application it created (`created: false`);
 * a draft already submitted under another key is 409 `already_submitted`. The answers are validated with
 * the shared engine in the user's language (422 `validation_failed` with field errors) and stored as the
 * answers that count.
 *
 * Everything happens in one transaction, checks included, so nothing can slip in between them and the
 * writes: one statement reads the draft with its files, its application and the key, one takes the
 * reference, and four write the application, key, first history entry and the draft's
 * submitted mark. A 4xx rolls it all back. The unique draft column on applications makes a racing
 * second insert from another server process fail rather than create a second application.
 */
export async function submitApplication(
  db: Kysely<Database>,
  request: SubmitRequest,
): Promise<{ application: ApplicationRow; created: boolean }> {
  const lang = request.language
  const now = request.now ?? new Date()
  const resumeCode = parseResumeCode(request.code)
  if (!resumeCode) throw citizenError(lang, 404, 'draft_not_found')
  const key = request.idempotencyKey
  try {
    return await db.transaction().execute(async (trx) => {
      const found = await draftOrEarlier(trx, resumeCode, key, lang, now)
      if ('earlier' in found) return { application: found.earlier, created: false }
      const { draft, files } = found
      const target = findApplicableService(request.scenes, draft.service_id, draft.hall_id, lang)
      if (!request.declarationAccepted)
        throw citizenError(lang, 422, 'declaration_required', {
          fields: [
            { fieldId: 'declarationAccepted', message: target.service.flow.declaration.confirm[lang] },
          ],
        })
      const today = todayInChina(now)
      const check = validateSubmission(target.service.flow, answersWithFiles(draft, files), lang, {
        today,
      })
      if (!check.ok)
        throw citizenError(lang, 422, 'validation_failed', {
          fields: check.errors.map((e) => ({
            fieldId: e.fieldId,
            message: e.message,
            pageId: e.pageId,
            ...(e.part ? { part: e.part } : {}),
          })),
        })
      return { application: await record(trx, draft, target, check.answers, key, lang, now), created: true }
    })
  } catch (error) {
    if (error instanceof ApiError) throw error
    // Another server process won the race between our checks and our insert: answer as it did.
    const found = await draftOrEarlier(db, resumeCode, key, lang, now)
    if ('earlier' in found) return { application: found.earlier, created: false }
    throw error
  }
}

/** The writes of a submit: reference, application, key, first history entry, the draft's mark. */
async function record(
  trx: Transaction<Database>,
  draft: DraftRow,
  target: ApplicableService,
  answers: Answers,
  key: string,
  lang: Language,
  now: Date,
): Promise<ApplicationRow> {
  const submittedAt = now.toISOString()
  const today = todayInChina(now)
  const row: ApplicationRow = {
    reference: await nextReference(trx, target.department.letter, today),
    resume_code: draft.resume_code,
    service_id: target.service.id,
    hall_id: target.hall.id,
    department_id: target.department.id,
    citizen_id: draft.citizen_id,
    answers: JSON.stringify(answers),
    language: lang,
    status: 'submitted',
    submitted_at: submittedAt,
    expected_by: addWorkingDays(today, target.service.processingDays),
  }
  await trx.insertInto('applications').values(row).execute()
  await trx
    .insertInto('idempotency_keys')
    .values({ key, resume_code: draft.resume_code, reference: row.reference, created_at: submittedAt })
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
  return row
}
