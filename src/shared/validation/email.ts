import type { Check } from './check'

export type EmailReason = 'empty' | 'not-text' | 'too-long' | 'format'

/** RFC 5321 limits: 254 characters in all, 64 before the @. */
const MAX_LENGTH = 254
const MAX_LOCAL_LENGTH = 64
/** One @, no spaces, a domain of dot-separated labels with at least one dot; not a full RFC 5322 parser on purpose. */
const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]{2,}$/

/** Checks an email address in the pragmatic way forms do; the normalised value is trimmed. */
export function checkEmail(input: unknown): Check<string, EmailReason> {
  if (input === undefined || input === null) return { ok: false, reason: 'empty' }
  if (typeof input !== 'string') return { ok: false, reason: 'not-text' }
  const value = input.trim()
  if (value === '') return { ok: false, reason: 'empty' }
  if (value.length > MAX_LENGTH) return { ok: false, reason: 'too-long' }
  if (!EMAIL.test(value)) return { ok: false, reason: 'format' }
  const local = value.slice(0, value.indexOf('@'))
  if (local.length > MAX_LOCAL_LENGTH || local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return { ok: false, reason: 'format' }
  return { ok: true, value }
}
