import type { Language } from '../../shared/scene/localized'
import { queueText } from './ticket-text'

/** A form's problems by field id, each message in the visitor's language. */
export type FieldErrors = Partial<Record<string, string>>

export type CallbackInput = { name: string; phone: string; preferredDay: string; preferredPart: string }
export type BookingInput = { name: string; phone: string; slotStart: string }

/** Mainland mobile numbers: 11 digits starting with 1 (spaces and dashes people type are allowed). */
const MOBILE = /^1\d{10}$/
const MAX_NAME = 50

/** The phone number as the API wants it: digits only. */
export function normalisePhone(phone: string): string {
  return phone.replace(/[\s-]/g, '')
}

function contactErrors(name: string, phone: string, language: Language): FieldErrors {
  const errors: FieldErrors = {}
  if (!name.trim()) errors.name = queueText(language, 'nameRequired')
  else if ([...name.trim()].length > MAX_NAME) errors.name = queueText(language, 'nameTooLong')
  if (!phone.trim()) errors.phone = queueText(language, 'phoneRequired')
  else if (!MOBILE.test(normalisePhone(phone))) errors.phone = queueText(language, 'phoneInvalid')
  return errors
}

/** The callback form's problems, in the order of the form (the error summary lists them so). */
export function validateCallback(input: CallbackInput, language: Language): FieldErrors {
  const errors = contactErrors(input.name, input.phone, language)
  if (!input.preferredDay) errors.preferredDay = queueText(language, 'dayRequired')
  if (input.preferredPart !== 'morning' && input.preferredPart !== 'afternoon')
    errors.preferredPart = queueText(language, 'partRequired')
  return errors
}

/** The appointment form's problems: a time first (it comes first on the page), then name and phone. */
export function validateBooking(input: BookingInput, language: Language): FieldErrors {
  return {
    ...(input.slotStart ? {} : { slotStart: queueText(language, 'slotRequired') }),
    ...contactErrors(input.name, input.phone, language),
  }
}

const CHINA_TIME = 'Asia/Shanghai'

/** yyyy-mm-dd of an instant in China time (the service day of the halls). */
export function chinaDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: CHINA_TIME }).format(at)
}

/**
 * The next `count` weekdays after `now` (China time), as yyyy-mm-dd: the days a callback can be asked
 * for. Today is not offered (the request is read the next working day at the earliest).
 */
export function nextWorkingDays(now: Date, count = 5): string[] {
  const days: string[] = []
  const [y, m, d] = chinaDay(now).split('-').map(Number) as [number, number, number]
  for (let offset = 1; days.length < count && offset < 30; offset++) {
    const day = new Date(Date.UTC(y, m - 1, d + offset))
    const weekday = day.getUTCDay()
    if (weekday !== 0 && weekday !== 6) days.push(day.toISOString().slice(0, 10))
  }
  return days
}

/** "12月3日 星期三" / "Wednesday 3 December" for a yyyy-mm-dd day. */
export function dayLabel(day: string, language: Language): string {
  const date = new Date(`${day}T12:00:00+08:00`)
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: CHINA_TIME,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(date)
}

/** "09:30" in China time for a slot start (ISO text or epoch ms). */
export function slotTime(start: string | number): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: CHINA_TIME,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(start))
}

/** The China-time day of a slot start. */
export function slotDay(start: string | number): string {
  return chinaDay(new Date(start))
}
