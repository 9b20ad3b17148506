import { todayInChina } from '../validation/date'

/** Numbers on a ticket run 001..999, then start again at 001: `000` is never shown. */
export const TICKET_NUMBER_CYCLE = 999

const LETTER = /^[A-Z]$/
const TICKET_NUMBER = /^([A-Z])(\d{3})$/

/**
 * The service day a moment belongs to: the calendar date in China (UTC+8, no daylight saving), whatever
 * the server's own time zone. Numbering starts again at 001 each service day.
 * @param now a Date or epoch milliseconds
 */
export function serviceDay(now: Date | number = new Date()): string {
  return todayInChina(typeof now === 'number' ? new Date(now) : now)
}

/**
 * The displayed number for a department's `sequence`-th ticket of the day: its letter and three digits,
 * `A001`, `A002`, ... `A999`, then `A001` again for the 1000th. Two tickets a day apart can only share a
 * number after 999 more were issued in between, long after the first was called.
 * @throws RangeError when the letter is not one capital letter or the sequence not a positive integer
 */
export function ticketNumber(letter: string, sequence: number): string {
  if (!LETTER.test(letter)) throw new RangeError(`A ticket letter is one capital letter, not "${letter}"`)
  if (!Number.isSafeInteger(sequence) || sequence < 1)
    throw new RangeError(`A ticket sequence is a positive integer, not ${sequence}`)
  const digits = ((sequence - 1) % TICKET_NUMBER_CYCLE) + 1
  return `${letter}${String(digits).padStart(3, '0')}`
}

/** Reads a displayed number like `A023` into its letter and digits, or null when it is not one. */
export function parseTicketNumber(text: string): { letter: string; digits: number } | null {
  const match = TICKET_NUMBER.exec(text)
  if (!match) return null
  const digits = Number(match[2])
  if (digits < 1) return null
  return { letter: match[1] as string, digits }
}

/**
 * The sequence the next ticket of a department gets on a service day: one more than the highest issued
 * that day, or 1. The server does the same count inside the insert's transaction, so two citizens
 * taking tickets at once never share a sequence.
 */
export function nextSequence(
  tickets: readonly { departmentId: string; serviceDay: string; sequence: number }[],
  departmentId: string,
  day: string,
): number {
  let highest = 0
  for (const t of tickets)
    if (t.departmentId === departmentId && t.serviceDay === day && t.sequence > highest) highest = t.sequence
  return highest + 1
}
