import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../account/error-summary'
import { stepHref } from './apply-route'
import { BackLink } from './back-link'
import { useFormStore } from './form-store'
import { checkAnswersViewModel, type FormContext } from './form-view-model'
import type { ApplyNavigation } from './use-apply-location'

const DECLARATION_ID = 'declaration-confirm'

/**
 * Check your answers: every answer with a Change link, the declaration, and Send. The button is
 * disabled while sending; a failed send can be retried and reuses the same Idempotency-Key.
 */
export function CheckStep({ ctx, nav }: { ctx: FormContext; nav: ApplyNavigation }) {
  const { t } = useTranslation('forms')
  const submit = useFormStore((s) => s.submit)
  const { submitApplication } = useFormStore((s) => s.actions)
  const [confirmed, setConfirmed] = useState(false)
  const [declarationError, setDeclarationError] = useState(false)
  const [attempts, setAttempts] = useState(0)
  const model = checkAnswersViewModel(ctx)
  const sending = submit.state === 'submitting'

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setAttempts((n) => n + 1)
    if (!confirmed) {
      setDeclarationError(true)
      return
    }
    setDeclarationError(false)
    const application = await submitApplication(ctx.language)
    if (application) nav.go(stepHref(ctx.serviceId, { kind: 'confirmation' }, ctx.hallId))
  }

  const problems = [
    ...(declarationError ? [{ targetId: DECLARATION_ID, message: t('declarationRequired') }] : []),
    ...submit.fieldErrors.map((e) => ({
      targetId: `change-${e.fieldId}`,
      message: e.message,
    })),
  ]

  return (
    <div className="form-column form-column-wide">
      <BackLink href={model.backHref} onClick={nav.onLinkClick} />
      <ErrorSummary title={t('errorSummaryTitle')} items={problems} focusKey={attempts} />
      {submit.state === 'failed' && submit.fieldErrors.length === 0 && (
        <div className="notice notice-error" role="alert">
          {t('submitFailed', { message: submit.message ?? '' })}
        </div>
      )}
      <h1 className="step-heading" tabIndex={-1}>
        {model.title}
      </h1>
      <dl className="summary-list" data-testid="summary-list">
        {model.rows.map((row) => (
          <div className="summary-row" key={row.fieldId} data-field-id={row.fieldId}>
            <dt className="summary-key">{row.label}</dt>
            <dd className={row.answered ? 'summary-value' : 'summary-value summary-value-empty'}>
              {row.valueText}
            </dd>
            <dd className="summary-action">
              <a
                id={`change-${row.fieldId}`}
                href={row.changeHref}
                onClick={nav.onLinkClick}
                aria-label={row.changeLabel}
              >
                {t('change')}
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <h2>{model.declarationTitle}</h2>
        <p>{model.declarationText}</p>
        <div className={declarationError ? 'form-group form-group-error' : 'form-group'}>
          {declarationError && (
            <p id={`${DECLARATION_ID}-error`} className="error-message">
              <span className="visually-hidden">{t('errorPrefix')}</span> {t('declarationRequired')}
            </p>
          )}
          <div className="choice">
            <input
              className="choice-input"
              type="checkbox"
              id={DECLARATION_ID}
              checked={confirmed}
              aria-describedby={declarationError ? `${DECLARATION_ID}-error` : undefined}
              onChange={(event) => setConfirmed(event.target.checked)}
            />
            <label className="choice-label" htmlFor={DECLARATION_ID}>
              {model.declarationConfirm}
            </label>
          </div>
        </div>
        <div className="button-row">
          <button
            type="submit"
            className="button button-primary"
            disabled={sending}
            aria-disabled={sending}
            data-testid="submit-application"
          >
            {sending ? t('submitting') : t('submit')}
          </button>
        </div>
      </form>
    </div>
  )
}
