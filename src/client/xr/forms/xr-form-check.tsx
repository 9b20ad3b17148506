import { Container, Text } from '@react-three/uikit'
import { useFormStore } from '../../forms/form-store'
import { formText } from '../../forms/form-text'
import { checkAnswersViewModel, type FormContext } from '../../forms/form-view-model'
import { XrButton } from '../xr-button'
import { targetRef } from '../xr-targets'
import { xrT } from '../xr-text'
import { XR_THEME } from '../xr-theme'
import { xrFormActions, type XrFormEnv } from './xr-form-actions'
import { submitBlockers } from './xr-form-flow'
import { XrFormOption } from './xr-form-option'
import { useXrFormStore } from './xr-form-store'
import { XrErrorSummary, XrFormHeading, XrFormHint, XrFormNote } from './xr-form-parts'

/** Rows taller than this scroll (drag with the ray), so the declaration and Send stay in view. */
const ROWS_MAX_HEIGHT = 440

/**
 * Check your answers in VR: every answer with a Change button, the declaration to tick, and Send. While
 * a required upload is missing, Send is replaced by how to finish on the 2D page with the resume code.
 */
export function XrFormCheck({ ctx, env, code }: { ctx: FormContext; env: XrFormEnv; code: string }) {
  const submit = useFormStore((s) => s.submit)
  const confirmed = useXrFormStore((s) => s.declarationConfirmed)
  const declarationError = useXrFormStore((s) => s.declarationError)
  const { language } = ctx
  const model = checkAnswersViewModel(ctx)
  const blockers = submitBlockers(ctx.flow, ctx.answers, language, ctx.options)
  const problems = [
    ...(declarationError ? [formText(language, 'declarationRequired')] : []),
    ...blockers.fixable.map((e) => e.message),
    ...submit.fieldErrors.map((e) => e.message),
  ]
  const sending = submit.state === 'submitting'
  return (
    <>
      <XrErrorSummary title={formText(language, 'errorSummaryTitle')} messages={problems} />
      {submit.state === 'failed' && submit.fieldErrors.length === 0 && (
        <XrFormNote
          name="form.submit-failed"
          tone="error"
          text={formText(language, 'submitFailed', { message: submit.message ?? '' })}
        />
      )}
      <XrFormHeading text={model.title} />
      <Container
        flexDirection="column"
        gap={6}
        maxHeight={ROWS_MAX_HEIGHT}
        overflow="scroll"
        paddingRight={8}
      >
        {model.rows.map((row) => (
          <Container
            key={row.fieldId}
            flexDirection="row"
            alignItems="center"
            gap={12}
            paddingY={4}
            borderBottomWidth={1}
            borderColor={XR_THEME.panelBorder}
          >
            <Text width="38%" flexShrink={0} fontWeight="bold" fontSize={XR_THEME.hintSize}>
              {row.label}
            </Text>
            <Text flexGrow={1} flexShrink={1} color={row.answered ? XR_THEME.text : XR_THEME.muted}>
              {row.valueText}
            </Text>
            <XrButton
              name={`form.change:${row.fieldId}`}
              label={formText(language, 'change')}
              onSelect={() => xrFormActions.follow(row.changeHref)}
            />
          </Container>
        ))}
      </Container>
      <Text fontWeight="bold">{model.declarationTitle}</Text>
      <XrFormHint text={model.declarationText} />
      <XrFormOption
        name="form.declaration"
        label={model.declarationConfirm}
        checked={confirmed}
        box
        onSelect={xrFormActions.toggleDeclaration}
      />
      {blockers.uploads.length > 0 && (
        <Container ref={targetRef('form.uploads-first')} flexDirection="column" gap={4}>
          <XrFormNote name="form.uploads-note" text={xrT(language, 'uploadsBeforeSubmit', { code })} />
          {blockers.uploads.map((e) => (
            <Text key={e.fieldId}>{`· ${e.message}`}</Text>
          ))}
        </Container>
      )}
      <Container flexDirection="row" gap={12} marginTop={8}>
        <XrButton
          name="form.back"
          label={formText(language, 'back')}
          onSelect={() => xrFormActions.follow(model.backHref)}
        />
        {blockers.uploads.length === 0 && (
          <XrButton
            name="form.submit"
            variant="primary"
            label={formText(language, sending ? 'submitting' : 'submit')}
            onSelect={() => void xrFormActions.submit(env)}
          />
        )}
      </Container>
    </>
  )
}
