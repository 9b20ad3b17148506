import { account } from '../../shared/i18n/account'
import type { Language } from '../../shared/scene/localized'

/** An application status in words ("in_review" -> "审核中"); an unknown status is shown as it is. */
export function statusText(status: string, language: Language): string {
  const key = `status_${status.replace(/-/g, '_')}`
  const texts = account[language] as Record<string, string>
  return Object.hasOwn(texts, key) ? (texts[key] ?? status) : status
}

/** A timestamp as local date and time in the language. */
export function dateTimeText(iso: string, language: Language): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
}
