import { useTranslation } from 'react-i18next'
import { formatDate } from '../../shared/flow/format'
import type { Language } from '../../shared/scene/localized'
import { useFormStore } from './form-store'

/** The date part of an ISO date or timestamp, read as people read it. */
export function readableDate(value: string, language: Language): string {
  return formatDate(value.slice(0, 10), language)
}

/** GOV.UK's confirmation: the reference in a panel, what happens next, when, and how to track it. */
export function ConfirmationStep({ language }: { language: Language }) {
  const { t } = useTranslation('forms')
  const application = useFormStore((s) => s.application)
  const code = useFormStore((s) => s.draft?.resumeCode ?? '')
  if (!application) return null
  return (
    <div className="form-column">
      <div className="confirmation-panel" data-testid="confirmation">
        <h1 className="step-heading" tabIndex={-1}>
          {t('confirmationTitle')}
        </h1>
        <p className="confirmation-reference-label">{t('reference')}</p>
        <p className="confirmation-reference" data-testid="reference">
          <strong>{application.reference}</strong>
        </p>
      </div>
      <h2>{t('whatNext')}</h2>
      <p>{application.nextSteps[language]}</p>
      <p>{t('expectedBy', { date: readableDate(application.expectedBy, language) })}</p>
      <p>{t('keepReference', { code })}</p>
      <p>
        <a className="target-link" href={`/track?reference=${encodeURIComponent(application.reference)}`}>
          {t('trackLink')}
        </a>
      </p>
    </div>
  )
}
