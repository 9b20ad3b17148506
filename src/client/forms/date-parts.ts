/** The three boxes of a date question as typed. */
export type DateParts = { year: string; month: string; day: string }

const EMPTY: DateParts = { year: '', month: '', day: '' }

/**
 * Splits a date answer into the boxes it was typed in. The answer is `year-month-day` as typed (the
 * engine accepts one-digit months and days), so a half-typed date comes back exactly as it was.
 */
export function splitDate(value: unknown): DateParts {
  if (typeof value !== 'string' || value === '') return EMPTY
  const parts = value.split('-')
  if (parts.length !== 3) return { ...EMPTY, year: value }
  const [year = '', month = '', day = ''] = parts
  return { year, month, day }
}

/**
 * Joins the boxes into the answer the engine reads, or undefined when all are blank (not answered).
 * Hyphens typed inside a box are dropped, since they separate the parts.
 */
export function joinDate(parts: DateParts): string | undefined {
  const clean = (text: string) => text.replace(/-/g, '').trim()
  const year = clean(parts.year)
  const month = clean(parts.month)
  const day = clean(parts.day)
  if (!year && !month && !day) return undefined
  return `${year}-${month}-${day}`
}
