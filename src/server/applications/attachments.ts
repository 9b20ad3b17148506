import { randomBytes } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Kysely } from 'kysely'
import { MEDIA_TYPE_NAMES, formatBytes, type Flow, type FlowDocument } from '../../shared/flow'
import type { Language } from '../../shared/scene'
import type { Database } from '../db/database'
import { citizenError } from './api-errors'
import { listAttachments, touchDraft, type AttachmentRow, type DraftRow } from './drafts'
import { sniffMediaType } from './magic-bytes'

/** All attachments of one draft together may not exceed 20 MB. */
export const DRAFT_QUOTA_BYTES = 20 * 1024 * 1024
/** Types a browser may claim for an upload; the content decides. */
export const UPLOAD_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'application/octet-stream']

type UploadRules = Pick<FlowDocument, 'id' | 'accept' | 'maxBytes' | 'maxFiles'>

/** The upload rules of a document or file question, or undefined when the flow has no such id. */
export function uploadRules(flow: Flow, documentId: string): UploadRules | undefined {
  const document = flow.documents.find((d) => d.id === documentId)
  if (document) return document
  for (const page of flow.pages)
    for (const field of page.fields) if (field.id === documentId && field.type === 'file') return field
  return undefined
}

/** A file name safe to show back: no folders, no control characters, at most 255 characters. */
export function cleanFileName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const base = path.basename(String(name ?? '').replaceAll('\\', '/')).replace(/[\u0000-\u001f\u007f]/g, '')
  return base.trim().slice(0, 255) || 'file'
}

export type UploadRequest = {
  draft: DraftRow
  flow: Flow
  documentId: string
  name: string | undefined
  claimedType: string | undefined
  content: Buffer
  language: Language
  uploadsDir: string
  now?: Date
}

/**
 * Checks and stores one uploaded file: the document must exist in the flow; size within its limit and
 * the draft's quota; type by magic bytes among those the document accepts (and matching what the
 * browser claimed, unless it claimed application/octet-stream). The bytes go to a random file name in
 * the uploads folder, outside the web root; the row records the original name for display only.
 */
export async function storeAttachment(db: Kysely<Database>, upload: UploadRequest): Promise<AttachmentRow> {
  const { language: lang, content } = upload
  const rules = uploadRules(upload.flow, upload.documentId)
  if (!rules) throw citizenError(lang, 404, 'unknown_document')
  if (content.length === 0) throw citizenError(lang, 400, 'file_empty')
  if (content.length > rules.maxBytes)
    throw citizenError(lang, 413, 'file_too_large', { params: { max: formatBytes(rules.maxBytes) } })
  const sniffed = sniffMediaType(content)
  const claimed = upload.claimedType?.split(';')[0]?.trim().toLowerCase()
  const accepted: readonly string[] = rules.accept
  if (
    !sniffed ||
    !accepted.includes(sniffed) ||
    (claimed !== 'application/octet-stream' && claimed !== sniffed)
  )
    throw citizenError(lang, 415, 'file_type_mismatch', {
      params: { types: rules.accept.map((t) => MEDIA_TYPE_NAMES[t] ?? t).join('/') },
    })
  const existing = await listAttachments(db, upload.draft.resume_code)
  if (existing.filter((a) => a.document_id === rules.id).length >= rules.maxFiles)
    throw citizenError(lang, 409, 'too_many_files', { params: { max: rules.maxFiles } })
  if (existing.reduce((sum, a) => sum + a.size, 0) + content.length > DRAFT_QUOTA_BYTES)
    throw citizenError(lang, 413, 'quota_exceeded', { params: { max: formatBytes(DRAFT_QUOTA_BYTES) } })

  const now = upload.now ?? new Date()
  const row: AttachmentRow = {
    id: randomBytes(12).toString('base64url'),
    resume_code: upload.draft.resume_code,
    document_id: rules.id,
    name: cleanFileName(upload.name),
    size: content.length,
    media_type: sniffed,
    storage_name: randomBytes(16).toString('hex'),
    created_at: now.toISOString(),
  }
  await mkdir(upload.uploadsDir, { recursive: true })
  const file = path.join(upload.uploadsDir, row.storage_name)
  await writeFile(file, content, { flag: 'wx', mode: 0o600 })
  try {
    await db.insertInto('attachments').values(row).execute()
  } catch (error) {
    await rm(file, { force: true })
    throw error
  }
  await touchDraft(db, row.resume_code, now)
  return row
}

/** Removes an attachment's row and then its file; 404 `attachment_not_found` when the draft has no such one. */
export async function deleteAttachment(
  db: Kysely<Database>,
  draft: DraftRow,
  attachmentId: string,
  uploadsDir: string,
  language: Language,
): Promise<void> {
  const row = await db
    .selectFrom('attachments')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('resume_code', '=', draft.resume_code)
    .executeTakeFirst()
  if (!row) throw citizenError(language, 404, 'attachment_not_found')
  await db.deleteFrom('attachments').where('id', '=', row.id).execute()
  await rm(path.join(uploadsDir, row.storage_name), { force: true })
  await touchDraft(db, draft.resume_code)
}

/** Expired drafts stay this long (answering 410 "expired") before they and their files are deleted. */
export const PURGE_GRACE_DAYS = 7

/**
 * Deletes drafts that expired more than PURGE_GRACE_DAYS ago and were never submitted, with their
 * attachment files. Submitted drafts are the application's record and are kept.
 * @returns how many drafts were deleted
 */
export async function purgeExpiredDrafts(
  db: Kysely<Database>,
  uploadsDir: string,
  now: Date = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - PURGE_GRACE_DAYS * 86_400_000).toISOString()
  const drafts = await db
    .selectFrom('drafts')
    .select('resume_code')
    .where('submitted_at', 'is', null)
    .where('expires_at', '<=', cutoff)
    .execute()
  for (const { resume_code } of drafts) {
    const files = await listAttachments(db, resume_code)
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('attachments').where('resume_code', '=', resume_code).execute()
      await trx.deleteFrom('drafts').where('resume_code', '=', resume_code).execute()
    })
    for (const file of files) await rm(path.join(uploadsDir, file.storage_name), { force: true })
  }
  return drafts.length
}
