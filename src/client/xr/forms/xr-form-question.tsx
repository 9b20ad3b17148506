import { useEffect } from 'react'
import { Container } from '@react-three/uikit'
import { formText } from '../../forms/form-text'
import { questionPageViewModel, type FormContext } from '../../forms/form-view-model'
import { XrButton } from '../xr-button'
import { xrFormActions, type XrFormEnv } from './xr-form-actions'
import { XrFormField } from './xr-form-field'
import { resumeInVr } from './xr-form-flow'
import { useXrFormStore } from './xr-form-store'
import { XrErrorSummary, XrFormHeading, XrFormHint } from './xr-form-parts'

/**
 * One page of questions in VR, from the same view model as the 2D page: progress, the error summary,
 * the title, the questions, and Back / Continue (which validates with the shared engine and saves).
 */
export function XrFormQuestion({ ctx, env, pageId }: { ctx: FormContext; env: XrFormEnv; pageId: string }) {
  const model = questionPageViewModel(ctx, pageId)
  const skipped = model === null
  useEffect(() => {
    // A page these answers skip (a branch changed): go where the form really is.
    if (skipped)
      useXrFormStore.getState().actions.go(resumeInVr(ctx.flow, ctx.answers, ctx.language, ctx.options))
  }, [skipped, ctx])
  if (!model) return null
  const { language } = ctx
  return (
    <>
      <XrFormHint text={model.progress} />
      <XrErrorSummary
        title={formText(language, 'errorSummaryTitle')}
        messages={model.errorSummary.map((e) => e.message)}
      />
      <XrFormHeading text={model.title} />
      {model.intro && <XrFormHint text={model.intro} />}
      {model.fields.map((field) => (
        <XrFormField key={field.id} field={field} language={language} answers={ctx.answers} />
      ))}
      <Container flexDirection="row" gap={12} marginTop={8}>
        <XrButton
          name="form.back"
          label={formText(language, 'back')}
          onSelect={() => xrFormActions.follow(model.backHref)}
        />
        <XrButton
          name="form.continue"
          variant="primary"
          label={formText(language, 'continue')}
          onSelect={() => void xrFormActions.continuePage(env, pageId)}
        />
      </Container>
    </>
  )
}
