import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { validatePage } from '../../shared/flow/engine'
import { ErrorSummary } from '../account/error-summary'
import { stepHref } from './apply-route'
import { BackLink } from './back-link'
import { FieldInput } from './field-input'
import { useFormStore } from './form-store'
import { formPlural } from './form-text'
import { questionPageViewModel, resumeStep, stepAfterPage, type FormContext } from './form-view-model'
import { SaveStatus } from './save-status'
import { TaskOverview } from './task-overview'
import type { ApplyNavigation } from './use-apply-location'

/**
 * One page of questions. Continue validates the page with the shared engine, saves the draft (always,
 * so typed text survives), and moves on only when the page is valid; otherwise the error summary and
 * the messages beside the fields appear and every typed value stays.
 */
export function QuestionStep({
  ctx,
  pageId,
  nav,
}: {
  ctx: FormContext
  pageId: string
  nav: ApplyNavigation
}) {
  const { t } = useTranslation('forms')
  const actions = useFormStore((s) => s.actions)
  const filledCount = useFormStore((s) => s.filledCount)
  const [submits, setSubmits] = useState(0)
  const [busy, setBusy] = useState(false)
  const model = questionPageViewModel(ctx, pageId)
  if (!model) {
    // A page these answers skip (an old bookmark, a branch changed): go where the form really is.
    queueMicrotask(() =>
      nav.go(stepHref(ctx.serviceId, resumeStep(ctx.flow, ctx.answers, ctx.options), ctx.hallId), {
        replace: true,
      }),
    )
    return null
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    const { answers } = useFormStore.getState()
    const result = validatePage(ctx.flow, pageId, answers, ctx.language, ctx.options)
    actions.showErrors(pageId, result.errors)
    setSubmits((n) => n + 1)
    const next = result.ok ? stepAfterPage({ ...ctx, answers }, pageId) : null
    await actions.save(ctx.language, next?.kind === 'question' ? next.pageId : pageId)
    setBusy(false)
    if (next) {
      actions.clearErrors()
      useFormStore.setState({ filledCount: null })
      nav.go(stepHref(ctx.serviceId, next, ctx.hallId))
    }
  }

  const onSaveLater = async () => {
    setBusy(true)
    await actions.save(ctx.language, pageId)
    setBusy(false)
    nav.go(stepHref(ctx.serviceId, { kind: 'saved' }, ctx.hallId, { from: pageId }))
  }

  return (
    <div className="form-layout">
      <div className="form-column">
        <BackLink href={model.backHref} onClick={nav.onLinkClick} />
        <ErrorSummary title={t('errorSummaryTitle')} items={model.errorSummary} focusKey={submits} />
        {filledCount !== null && filledCount > 0 && (
          <div className="notice" role="status">
            {formPlural(ctx.language, 'consentFilled', filledCount)}
          </div>
        )}
        <p className="form-progress">{model.progress}</p>
        <h1 className="step-heading" tabIndex={-1}>
          {model.title}
        </h1>
        {model.intro && <p className="lead">{model.intro}</p>}
        <form
          noValidate
          onSubmit={(event) => void onSubmit(event)}
          data-testid="question-form"
          data-page-id={pageId}
        >
          {model.fields.map((field) => (
            <FieldInput key={field.id} field={field} language={ctx.language} />
          ))}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy} data-testid="continue">
              {t('continue')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void onSaveLater()}>
              {t('saveAndReturn')}
            </button>
          </div>
          <SaveStatus />
        </form>
      </div>
      <TaskOverview tasks={model.tasks} onLinkClick={nav.onLinkClick} />
    </div>
  )
}
