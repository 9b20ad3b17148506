import { parseIsoDate, type IsoDate } from '../../shared/validation'

/**
 * The date `days` working days after `start`, skipping Saturdays and Sundays. A simple rule: public
 * holidays and the weekend working days China swaps in around them are not modelled. Zero days is the
 * same day.
 */
export function addWorkingDays(start: IsoDate, days: number): IsoDate {
  const parts = parseIsoDate(start)
  if (!parts) throw new Error(`Not a date: ${start}`)
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day))
  let left = days
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1)
    const weekday = date.getUTCDay()
    if (weekday !== 0 && weekday !== 6) left--
  }
  return date.toISOString().slice(0, 10)
}
