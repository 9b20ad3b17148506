import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/scene/localized'
import { readableDate } from './confirmation-step'
import { useFormStore } from './form-store'

/** After "Save and come back later": the resume code, until when the draft is kept, and the way back. */
export function SavedStep({
  language,
  continueHref,
  onLinkClick,
}: {
  language: Language
  continueHref: string
  onLinkClick: (event: MouseEvent<HTMLAnchorElement>) => void
}) {
  const { t } = useTranslation('forms')
  const draft = useFormStore((s) => s.draft)
  if (!draft) return null
  return (
    <div className="form-column">
      <div className="confirmation-panel">
        <h1 className="step-heading" tabIndex={-1}>
          {t('savedTitle')}
        </h1>
        <p className="confirmation-reference-label">{t('resumeCode')}</p>
        <p className="confirmation-reference" data-testid="resume-code">
          <strong>{draft.resumeCode}</strong>
        </p>
      </div>
      <p>{t('savedExpires', { date: readableDate(draft.expiresAt, language) })}</p>
      <p>{t('savedHint')}</p>
      <ul className="link-list">
        <li>
          <a href="/resume">{t('resumeLink')}</a>
        </li>
        <li>
          <a href={continueHref} onClick={onLinkClick}>
            {t('continueNow')}
          </a>
        </li>
      </ul>
    </div>
  )
}
