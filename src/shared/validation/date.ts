import type { Check } from './check'
import { toAsciiDigits } from './check'

/** A calendar date written `yyyy-mm-dd`. */
export type IsoDate = string

/** An offset from today, like `{ years: -16 }` for "sixteen years ago". */
export type DateOffset = { years?: number; months?: number; days?: number }

/** A date limit: a fixed date, today, or an offset from today. */
export type DateBound = 'today' | IsoDate | DateOffset

/** Where a date must lie relative to today. */
export type DateTime = 'past' | 'past-or-today' | 'future' | 'today-or-future'

/** Limits on a date answer; bounds are inclusive. */
export type DateRule = { min?: DateBound; max?: DateBound; time?: DateTime }

export type DateReason =
  | 'empty'
  | 'not-text'
  | 'format'
  | 'not-real'
  | 'not-past'
  | 'not-past-or-today'
  | 'not-future'
  | 'not-today-or-future'
  | 'before-min'
  | 'after-max'

const ISO_LOOSE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
const MS_PER_HOUR = 3_600_000

/** True when the year, month (1-12) and day exist on the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31)
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

function format(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/**
 * Reads `yyyy-mm-dd` (one-digit months and days allowed) into its parts, or null when the text is not a
 * real calendar date.
 */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = ISO_LOOSE.exec(text)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return isRealDate(year, month, day) ? { year, month, day } : null
}

/**
 * Today's date in China (UTC+8, no daylight saving), whatever time zone the server runs in: a form filled
 * at 07:00 in Beijing is dated that day, not the day before as UTC would say.
 */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * MS_PER_HOUR).toISOString().slice(0, 10)
}

/** Moves a date by years, months and days; a day past the end of the month clamps (29 Feb + 1 year -> 28 Feb). */
export function shiftDate(date: IsoDate, offset: DateOffset): IsoDate {
  const parts = parseIsoDate(date)
  if (!parts) return date
  const totalMonths = parts.year * 12 + (parts.month - 1) + (offset.years ?? 0) * 12 + (offset.months ?? 0)
  const year = Math.floor(totalMonths / 12)
  const month = totalMonths - year * 12 + 1
  const day = Math.min(parts.day, daysInMonth(year, month))
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  const moved = new Date(0)
  moved.setUTCFullYear(year, month - 1, day + (offset.days ?? 0))
  const movedYear = moved.getUTCFullYear()
  if (movedYear < 1 || movedYear > 9999) return date
  return format(movedYear, moved.getUTCMonth() + 1, moved.getUTCDate())
}

/** The date a bound stands for, given today. */
export function resolveDateBound(bound: DateBound, today: IsoDate): IsoDate {
  if (bound === 'today') return today
  if (typeof bound === 'string') return bound
  return shiftDate(today, bound)
}

/**
 * Checks a date answer: a real calendar date in `yyyy-mm-dd`, then the rule's time (past, future...) and
 * bounds. The normalised value is zero-padded (`2024-3-5` -> `2024-03-05`).
 * @param today the date "today" means, `yyyy-mm-dd`; @default today in China
 */
export function checkDate(
  input: unknown,
  rule: DateRule = {},
  today: IsoDate = todayInChina(),
): Check<IsoDate, DateReason> {
  if (input === undefined || input === null) return { ok: false, reason: 'empty' }
  if (typeof input !== 'string') return { ok: false, reason: 'not-text' }
  const text = toAsciiDigits(input).trim()
  if (text === '') return { ok: false, reason: 'empty' }
  if (!ISO_LOOSE.test(text)) return { ok: false, reason: 'format' }
  const parts = parseIsoDate(text)
  if (!parts) return { ok: false, reason: 'not-real' }
  const value = format(parts.year, parts.month, parts.day)
  if (rule.time === 'past' && !(value < today)) return { ok: false, reason: 'not-past' }
  if (rule.time === 'past-or-today' && value > today) return { ok: false, reason: 'not-past-or-today' }
  if (rule.time === 'future' && !(value > today)) return { ok: false, reason: 'not-future' }
  if (rule.time === 'today-or-future' && value < today) return { ok: false, reason: 'not-today-or-future' }
  if (rule.min !== undefined) {
    const min = resolveDateBound(rule.min, today)
    if (value < min) return { ok: false, reason: 'before-min', bound: min }
  }
  if (rule.max !== undefined) {
    const max = resolveDateBound(rule.max, today)
    if (value > max) return { ok: false, reason: 'after-max', bound: max }
  }
  return { ok: true, value }
}
