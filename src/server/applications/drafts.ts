import type { Kysely, Selectable, Transaction } from 'kysely'
import type { Answers, FileRef } from '../../shared/flow'
import type { Language } from '../../shared/scene'
import type { Database } from '../db/database'
import { citizenError } from './api-errors'
import { formatResumeCode, newResumeCode, parseResumeCode } from './resume-code'
import type { ApplicableService } from './services'
import type { AttachmentsTable, DraftsTable } from './tables'

/** A draft lives this long after its last save. */
export const DRAFT_LIFETIME_DAYS = 30
const DAY_MS = 86_400_000

export type DraftRow = Selectable<DraftsTable>
export type AttachmentRow = Selectable<AttachmentsTable>

/** An attachment as the API shows it. */
export type AttachmentView = { id: string; documentId: string; name: string; size: number; type: string }

/** A draft as the API shows it. File answers are built from the attachments. */
export type DraftView = {
  resumeCode: string
  serviceId: string
  hallId: string
  answers: Answers
  pageId: string | null
  updatedAt: string
  expiresAt: string
  attachments: AttachmentView[]
  citizenId: string | null
  submitted: boolean
}

const expiry = (now: Date) => new Date(now.getTime() + DRAFT_LIFETIME_DAYS * DAY_MS).toISOString()

/** The stored answers as JSON; a row that cannot be read counts as empty rather than failing the request. */
export function storedAnswers(row: DraftRow): Answers {
  try {
    const parsed: unknown = JSON.parse(row.answers)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Answers) : {}
  } catch {
    return {}
  }
}

/** What the flow engine needs of an attachment. */
export type FileRow = Pick<AttachmentRow, 'id' | 'document_id' | 'name' | 'size' | 'media_type'>

/** The files attached to each document, as the flow engine's file answers. */
export function fileAnswers(attachments: readonly FileRow[]): Answers {
  const files: Record<string, FileRef[]> = {}
  for (const a of attachments)
    (files[a.document_id] ??= []).push({ id: a.id, name: a.name, bytes: a.size, mediaType: a.media_type })
  return files
}

/** A draft's answers with its files, as the engine validates them. */
export function answersWithFiles(row: DraftRow, attachments: readonly FileRow[]): Answers {
  return { ...storedAnswers(row), ...fileAnswers(attachments) }
}

export async function listAttachments(
  db: Kysely<Database> | Transaction<Database>,
  resumeCode: string,
): Promise<AttachmentRow[]> {
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('resume_code', '=', resumeCode)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

/** The API view of a draft with its attachments. */
export async function draftView(db: Kysely<Database>, row: DraftRow): Promise<DraftView> {
  const attachments = await listAttachments(db, row.resume_code)
  return {
    resumeCode: formatResumeCode(row.resume_code),
    serviceId: row.service_id,
    hallId: row.hall_id,
    answers: answersWithFiles(row, attachments),
    pageId: row.page_id,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
    attachments: attachments.map((a) => ({
      id: a.id,
      documentId: a.document_id,
      name: a.name,
      size: a.size,
      type: a.media_type,
    })),
    citizenId: row.citizen_id,
    submitted: row.submitted_at !== null,
  }
}

/** Starts an empty draft for a service, owned by the signed-in citizen if any. */
export async function createDraft(
  db: Kysely<Database>,
  target: ApplicableService,
  citizenId: string | null,
  now: Date = new Date(),
): Promise<DraftRow> {
  const row: DraftRow = {
    resume_code: newResumeCode(),
    service_id: target.service.id,
    hall_id: target.hall.id,
    citizen_id: citizenId,
    answers: '{}',
    page_id: null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    expires_at: expiry(now),
    submitted_at: null,
  }
  await db.insertInto('drafts').values(row).execute()
  return row
}

/**
 * A draft by its resume code, typed any way (`k7qm 3xpd`): 404 `draft_not_found`, 410 `draft_expired`
 * (a submitted draft never expires: it is the application's record). With `open`, a submitted draft
 * is 409 `draft_submitted`: it can be read but not changed.
 */
export async function loadDraft(
  db: Kysely<Database>,
  code: string,
  language: Language,
  options: { open?: boolean; now?: Date } = {},
): Promise<DraftRow> {
  const resumeCode = parseResumeCode(code)
  const row = resumeCode
    ? await db.selectFrom('drafts').selectAll().where('resume_code', '=', resumeCode).executeTakeFirst()
    : undefined
  if (!row) throw citizenError(language, 404, 'draft_not_found')
  const now = options.now ?? new Date()
  if (row.submitted_at === null && row.expires_at <= now.toISOString())
    throw citizenError(language, 410, 'draft_expired')
  if (options.open && row.submitted_at !== null) throw citizenError(language, 409, 'draft_submitted')
  return row
}

/** Stores a draft's answers and page and pushes its expiry 30 days on. */
export async function saveDraft(
  db: Kysely<Database>,
  row: DraftRow,
  change: { answers: Answers; pageId: string | null; citizenId?: string | null },
  now: Date = new Date(),
): Promise<DraftRow> {
  const updated: DraftRow = {
    ...row,
    answers: JSON.stringify(change.answers),
    page_id: change.pageId,
    citizen_id: change.citizenId === undefined ? row.citizen_id : change.citizenId,
    updated_at: now.toISOString(),
    expires_at: expiry(now),
  }
  await db
    .updateTable('drafts')
    .set({
      answers: updated.answers,
      page_id: updated.page_id,
      citizen_id: updated.citizen_id,
      updated_at: updated.updated_at,
      expires_at: updated.expires_at,
    })
    .where('resume_code', '=', row.resume_code)
    .where('submitted_at', 'is', null)
    .execute()
  return updated
}

/** Keeps the draft alive (an attachment counts as a save) without touching its answers. */
export async function touchDraft(
  db: Kysely<Database>,
  resumeCode: string,
  now: Date = new Date(),
): Promise<void> {
  await db
    .updateTable('drafts')
    .set({ updated_at: now.toISOString(), expires_at: expiry(now) })
    .where('resume_code', '=', resumeCode)
    .execute()
}
