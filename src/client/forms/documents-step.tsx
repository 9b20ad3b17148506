import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { validateDocuments } from '../../shared/flow/engine'
import { ErrorSummary } from '../account/error-summary'
import { stepHref } from './apply-route'
import { BackLink } from './back-link'
import { FieldInput } from './field-input'
import { useFormStore } from './form-store'
import { documentsViewModel, type FormContext } from './form-view-model'
import { SaveStatus } from './save-status'
import type { ApplyNavigation } from './use-apply-location'

/** The documents to attach, each with its limits stated up front; Continue checks them all. */
export function DocumentsStep({ ctx, nav }: { ctx: FormContext; nav: ApplyNavigation }) {
  const { t } = useTranslation('forms')
  const actions = useFormStore((s) => s.actions)
  const [submits, setSubmits] = useState(0)
  const model = documentsViewModel(ctx)

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const { answers } = useFormStore.getState()
    const result = validateDocuments(ctx.flow, answers, ctx.language, ctx.options)
    actions.showErrors('documents', result.errors)
    setSubmits((n) => n + 1)
    await actions.save(ctx.language, null)
    if (result.ok) {
      actions.clearErrors()
      nav.go(stepHref(ctx.serviceId, { kind: 'check' }, ctx.hallId))
    }
  }

  return (
    <div className="form-column">
      <BackLink href={model.backHref} onClick={nav.onLinkClick} />
      <ErrorSummary title={t('errorSummaryTitle')} items={model.errorSummary} focusKey={submits} />
      <h1 className="step-heading" tabIndex={-1}>
        {model.title}
      </h1>
      <p className="lead">{model.intro}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        {model.documents.map((field) => (
          <FieldInput key={field.id} field={field} language={ctx.language} />
        ))}
        <div className="button-row">
          <button type="submit" className="button button-primary" data-testid="continue">
            {t('continue')}
          </button>
        </div>
        <SaveStatus />
      </form>
    </div>
  )
}
