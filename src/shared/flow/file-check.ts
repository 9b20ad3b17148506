import type { Field } from './flow-schema'
import type { FieldCheck } from './field-check'
import type { FileRef } from './answers'

const MAX_NAME_LENGTH = 255
const MAX_ID_LENGTH = 100

function readFileRef(value: unknown): FileRef | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const { id, name, bytes, mediaType } = value as Record<string, unknown>
  if (typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH) return null
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) return null
  if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes < 0) return null
  if (typeof mediaType !== 'string') return null
  return { id, name: name.trim(), bytes, mediaType }
}

/** Human size like "5 MB" or "500 KB" for limits stated in messages and hints. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** File-type names as people know them, for "must be a PDF, JPG or PNG". */
export const MEDIA_TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
}

/**
 * Checks a list of uploaded-file references against a file question's count, type and size limits. The
 * server has already checked each file's content when it was uploaded; this keeps a submission honest.
 */
export function checkFiles(field: Extract<Field, { type: 'file' }>, value: unknown): FieldCheck {
  if (!Array.isArray(value)) return { ok: false, problems: [{ code: 'wrong-type' }] }
  const refs = value.map(readFileRef)
  if (refs.some((ref) => ref === null)) return { ok: false, problems: [{ code: 'file-invalid' }] }
  const files = refs as FileRef[]
  if (files.length > field.maxFiles)
    return { ok: false, problems: [{ code: 'too-many-files', params: { max: field.maxFiles } }] }
  const accepted: readonly string[] = field.accept
  if (files.some((file) => !accepted.includes(file.mediaType)))
    return {
      ok: false,
      problems: [
        { code: 'file-type', params: { types: field.accept.map((t) => MEDIA_TYPE_NAMES[t] ?? t).join('/') } },
      ],
    }
  if (files.some((file) => file.bytes > field.maxBytes))
    return { ok: false, problems: [{ code: 'file-too-big', params: { max: formatBytes(field.maxBytes) } }] }
  return { ok: true, value: files }
}
