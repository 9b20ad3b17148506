import type { Check } from './check'
import { toAsciiDigits } from './check'

export type MobileReason = 'empty' | 'not-text' | 'format' | 'length' | 'prefix'

/**
 * Checks a mainland China mobile number: 11 digits starting 13 to 19. Spaces, hyphens, brackets and a
 * +86 / 0086 country code are accepted and removed; the normalised value is the bare 11 digits.
 */
export function checkMobile(input: unknown): Check<string, MobileReason> {
  if (input === undefined || input === null) return { ok: false, reason: 'empty' }
  if (typeof input !== 'string') return { ok: false, reason: 'not-text' }
  let digits = toAsciiDigits(input).replace(/[\s\-()]/g, '')
  if (digits === '') return { ok: false, reason: 'empty' }
  if (digits.startsWith('+86')) digits = digits.slice(3)
  else if (digits.startsWith('0086')) digits = digits.slice(4)
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'format' }
  if (digits.length !== 11) return { ok: false, reason: 'length' }
  if (!/^1[3-9]/.test(digits)) return { ok: false, reason: 'prefix' }
  return { ok: true, value: digits }
}
