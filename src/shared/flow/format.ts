import type { Language } from '../scene/localized'
import { parseIsoDate } from '../validation/date'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** A date as people read it: "2024年3月5日", "5 March 2024" (GOV.UK style); other text comes back as it was. */
export function formatDate(iso: string, language: Language): string {
  const parts = parseIsoDate(iso)
  if (!parts) return iso
  return language === 'zh'
    ? `${parts.year}年${parts.month}月${parts.day}日`
    : `${parts.day} ${MONTHS[parts.month - 1]} ${parts.year}`
}
