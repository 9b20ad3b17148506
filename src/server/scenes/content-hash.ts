import { createHash } from 'node:crypto'

/**
 * JSON with object keys sorted at every level, so equal data always gives the same text
 * regardless of the key order in the scene files.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
    const record = v as Record<string, unknown>
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((k) => [k, record[k]]),
    )
  })
}

/** sha256 (hex) of the canonical JSON of a value: identifies one exact version of a hall. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex')
}
