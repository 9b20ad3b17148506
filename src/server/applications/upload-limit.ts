import { Transform, type Readable, type TransformCallback } from 'node:stream'
import type { Kysely } from 'kysely'
import { formatBytes, type Flow } from '../../shared/flow'
import type { Language } from '../../shared/scene'
import type { Database } from '../db/database'
import type { ApiError } from '../http/errors'
import { citizenError } from './api-errors'
import { DRAFT_QUOTA_BYTES, uploadRules } from './attachments'
import { listAttachments, type DraftRow } from './drafts'

/** The most bytes one upload may have, and the error to answer when it has more. */
export type UploadAllowance = { bytes: number; tooLarge: () => ApiError }

/**
 * How large an upload to this document may be before any of it is read: its own limit, or what is left
 * of the draft's quota when that is less. 404 `unknown_document` for an id the flow does not have.
 * storeAttachment checks the same limits again on the bytes it receives.
 */
export async function uploadAllowance(
  db: Kysely<Database>,
  draft: DraftRow,
  flow: Flow,
  documentId: string,
  language: Language,
): Promise<UploadAllowance> {
  const rules = uploadRules(flow, documentId)
  if (!rules) throw citizenError(language, 404, 'unknown_document')
  const used = (await listAttachments(db, draft.resume_code)).reduce((sum, a) => sum + a.size, 0)
  const left = Math.max(0, DRAFT_QUOTA_BYTES - used)
  if (left < rules.maxBytes)
    return {
      bytes: left,
      tooLarge: () =>
        citizenError(language, 413, 'quota_exceeded', { params: { max: formatBytes(DRAFT_QUOTA_BYTES) } }),
    }
  return {
    bytes: rules.maxBytes,
    tooLarge: () =>
      citizenError(language, 413, 'file_too_large', { params: { max: formatBytes(rules.maxBytes) } }),
  }
}

/**
 * Passes a request body through until it has more bytes than allowed, then fails with the allowance's
 * 413, so an oversized chunked upload is cut off as soon as it crosses the line instead of being read
 * to the end. Fastify's body reader turns the stream's error into the response.
 */
class ByteLimit extends Transform {
  /** Read by Fastify's body reader, as for any stream a preParsing hook returns. */
  receivedEncodedLength = 0
  constructor(private readonly allowance: UploadAllowance) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.receivedEncodedLength += chunk.length
    if (this.receivedEncodedLength > this.allowance.bytes) callback(this.allowance.tooLarge())
    else callback(null, chunk)
  }
}

/**
 * For a preParsing hook: refuses a body whose Content-Length is over the allowance before reading any
 * of it, and returns the body wrapped in a {@link ByteLimit} for bodies without one (chunked).
 */
export function limitUpload(
  payload: Readable,
  contentLength: string | undefined,
  allowance: UploadAllowance,
): Readable {
  const declared = Number(contentLength)
  if (contentLength !== undefined && Number.isFinite(declared) && declared > allowance.bytes)
    throw allowance.tooLarge()
  const limited = new ByteLimit(allowance)
  payload.on('error', (error) => limited.destroy(error))
  return payload.pipe(limited)
}
