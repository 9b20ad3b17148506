import type { Check } from './check'
import { toAsciiDigits } from './check'
import { isRealDate, todayInChina, type IsoDate } from './date'

/** GB 11643-1999 weights for the first 17 digits (2^(18-i) mod 11). */
export const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
/** The check character for each weighted sum mod 11. */
const CHECK_CHARACTERS = '10X98765432'
const EARLIEST_BIRTH_DATE = '1900-01-01'

/** A valid resident ID number and what it encodes. */
export type ResidentId = {
  /** 18 characters, upper-case X. */
  value: string
  /** The six-digit administrative division code of the place of first registration. */
  regionCode: string
  birthDate: IsoDate
  /** The 17th digit is odd for men and even for women. */
  sex: 'male' | 'female'
}

export type ResidentIdReason =
  | 'empty'
  | 'not-text'
  | 'length'
  | 'format'
  | 'region'
  | 'birth-date'
  | 'birth-date-future'
  | 'birth-date-too-early'
  | 'check-digit'

/**
 * The GB 11643-1999 check character for the first 17 digits of a resident ID number, or null when the
 * input is not 17 digits.
 */
export function residentIdCheckCharacter(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (RESIDENT_ID_WEIGHTS[i] ?? 0)
  return CHECK_CHARACTERS[sum % 11] ?? null
}

/**
 * Checks a Chinese resident identity number (GB 11643-1999): 18 characters, a region code not starting
 * with 0, a real birth date from 1900 up to today, and the check character. Spaces are ignored, a
 * lower-case x and full-width digits are accepted.
 * @param today `yyyy-mm-dd`; @default today in China
 */
export function checkResidentId(
  input: unknown,
  today: IsoDate = todayInChina(),
): Check<ResidentId, ResidentIdReason> {
  if (input === undefined || input === null) return { ok: false, reason: 'empty' }
  if (typeof input !== 'string') return { ok: false, reason: 'not-text' }
  const value = toAsciiDigits(input).replace(/\s+/g, '').toUpperCase()
  if (value === '') return { ok: false, reason: 'empty' }
  if (value.length !== 18) return { ok: false, reason: 'length' }
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, reason: 'format' }
  const regionCode = value.slice(0, 6)
  if (regionCode.startsWith('0')) return { ok: false, reason: 'region' }
  const year = Number(value.slice(6, 10))
  const month = Number(value.slice(10, 12))
  const day = Number(value.slice(12, 14))
  if (!isRealDate(year, month, day)) return { ok: false, reason: 'birth-date' }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
  if (birthDate < EARLIEST_BIRTH_DATE) return { ok: false, reason: 'birth-date-too-early' }
  if (birthDate > today) return { ok: false, reason: 'birth-date-future' }
  if (residentIdCheckCharacter(value.slice(0, 17)) !== value[17]) return { ok: false, reason: 'check-digit' }
  const sex = Number(value[16]) % 2 === 1 ? 'male' : 'female'
  return { ok: true, value: { value, regionCode, birthDate, sex } }
}
