import { parseIsoDate, type IsoDate } from '../../shared/validation'

/** How long one appointment slot lasts. */
export const SLOT_MINUTES = 30

/** Opening hours for appointments, China time: the morning and afternoon sessions (end exclusive). */
export const SLOT_SESSIONS = [
  { from: '09:00', to: '12:00' },
  { from: '13:30', to: '17:00' },
] as const

/** How many working days one slot listing covers. */
export const SLOT_LISTING_DAYS = 5

/** The latest day one may book or ask a call back for, in days from today. */
export const BOOKING_HORIZON_DAYS = 60

const SLOT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})\+08:00$/
const DAY_MS = 86_400_000

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

function utcDate(day: IsoDate): Date | null {
  const parts = parseIsoDate(day)
  return parts ? new Date(Date.UTC(parts.year, parts.month - 1, parts.day)) : null
}

/**
 * Whether a day is a working day: Monday to Friday (the same simple rule as `addWorkingDays`; public
 * holidays are not modelled).
 */
export function isWorkingDay(day: IsoDate): boolean {
  const date = utcDate(day)
  if (!date) return false
  const weekday = date.getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The day `days` calendar days after `day` (negative goes back). */
export function addDays(day: IsoDate, days: number): IsoDate {
  const date = utcDate(day)
  if (!date) throw new RangeError(`Not a date: ${day}`)
  return new Date(date.getTime() + days * DAY_MS).toISOString().slice(0, 10)
}

/** The first `count` working days from `from` on (`from` included when it is one). */
export function nextWorkingDays(from: IsoDate, count: number): IsoDate[] {
  const days: IsoDate[] = []
  for (let day = from; days.length < count; day = addDays(day, 1)) if (isWorkingDay(day)) days.push(day)
  return days
}

/** The slot starts of one day, like `2026-12-01T09:30+08:00`; none on a weekend. */
export function daySlots(day: IsoDate): string[] {
  if (!isWorkingDay(day)) return []
  const slots: string[] = []
  for (const session of SLOT_SESSIONS)
    for (let m = minutes(session.from); m + SLOT_MINUTES <= minutes(session.to); m += SLOT_MINUTES)
      slots.push(`${day}T${hhmm(m)}+08:00`)
  return slots
}

/**
 * The moment (epoch ms) a slot starts, or null when the text is not one of the slots: the exact
 * format, a real working day, a time on the half-hour grid within the sessions.
 */
export function slotStartMs(slot: string): number | null {
  const match = SLOT.exec(slot)
  if (!match) return null
  const day = match[1] as string
  if (!daySlots(day).includes(slot)) return null
  return Date.parse(`${day}T${match[2]}:00+08:00`)
}
