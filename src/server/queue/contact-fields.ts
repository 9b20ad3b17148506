import { todayInChina, type IsoDate } from '../../shared/validation'
import { checkMobile } from '../../shared/validation/mobile'
import type { Language } from '../../shared/scene'
import { citizenError, type FieldProblemDetail } from '../applications/api-errors'
import { BOOKING_HORIZON_DAYS, addDays, isWorkingDay, slotStartMs } from './appointment-slots'

/** The longest name accepted, in characters (the column holds 100). */
export const MAX_CONTACT_NAME = 100

const WORDS = {
  zh: {
    name: '请填写姓名（最多100个字）',
    phone: '请填写11位手机号码，如 139 1234 5678',
    preferredDay: `请选择今天起${BOOKING_HORIZON_DAYS}天内的一个工作日`,
    slotStart: '请从可预约的时段中选择一个',
  },
  en: {
    name: 'Enter your name (up to 100 characters)',
    phone: 'Enter an 11-digit mobile number, like 139 1234 5678',
    preferredDay: `Choose a working day within ${BOOKING_HORIZON_DAYS} days from today`,
    slotStart: 'Choose one of the times offered',
  },
} as const

type ContactField = keyof (typeof WORDS)['en']

/**
 * Checks what a citizen typed to be called back or booked: a name, a mainland mobile number, and a
 * working day or an offered slot from now to the booking horizon. Every problem is reported at once,
 * as field errors in the request's language (400 `invalid_fields`); the values come back cleaned
 * (name trimmed, phone as its 11 digits).
 */
export function checkContact<
  T extends { name: string; phone: string; preferredDay?: string; slotStart?: string },
>(input: T, language: Language, now: number = Date.now()): T & { slotStartMs: number | null } {
  const problems: ContactField[] = []
  const name = input.name.trim()
  // eslint-disable-next-line no-control-regex
  if (name.length === 0 || name.length > MAX_CONTACT_NAME || /[\u0000-\u001f\u007f]/.test(name))
    problems.push('name')
  const phone = checkMobile(input.phone)
  if (!phone.ok) problems.push('phone')
  const today: IsoDate = todayInChina(new Date(now))
  const horizon = addDays(today, BOOKING_HORIZON_DAYS)
  if (input.preferredDay !== undefined) {
    const day = input.preferredDay
    if (!isWorkingDay(day) || day < today || day > horizon) problems.push('preferredDay')
  }
  let start: number | null = null
  if (input.slotStart !== undefined) {
    start = slotStartMs(input.slotStart)
    if (start === null || start <= now || input.slotStart.slice(0, 10) > horizon) problems.push('slotStart')
  }
  if (problems.length > 0) {
    const fields: FieldProblemDetail[] = problems.map((fieldId) => ({
      fieldId,
      message: WORDS[language][fieldId],
    }))
    throw citizenError(language, 400, 'invalid_fields', { fields })
  }
  return { ...input, name, phone: phone.ok ? phone.value : input.phone, slotStartMs: start }
}
