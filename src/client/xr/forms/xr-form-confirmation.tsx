import { Container, Text } from '@react-three/uikit'
import { formatDate } from '../../../shared/flow/format'
import type { Language } from '../../../shared/scene/localized'
import { useFormStore } from '../../forms/form-store'
import { formText } from '../../forms/form-text'
import { targetRef } from '../xr-targets'
import { XR_THEME } from '../xr-theme'
import { XrFormHint } from './xr-form-parts'

/** GOV.UK's confirmation in VR: the reference in a panel, what happens next, when, and how to track it. */
export function XrFormConfirmation({ language }: { language: Language }) {
  const application = useFormStore((s) => s.application)
  const code = useFormStore((s) => s.draft?.resumeCode ?? '')
  if (!application) return null
  return (
    <>
      <Container
        ref={targetRef('form.reference')}
        flexDirection="column"
        alignItems="center"
        gap={8}
        padding={24}
        borderRadius={12}
        backgroundColor={XR_THEME.accent}
      >
        <Text fontSize={XR_THEME.titleSize} fontWeight="bold" color={XR_THEME.accentText}>
          {formText(language, 'confirmationTitle')}
        </Text>
        <Text color={XR_THEME.accentText}>{formText(language, 'reference')}</Text>
        <Text fontSize={XR_THEME.titleSize * 1.2} fontWeight="bold" color={XR_THEME.accentText}>
          {application.reference}
        </Text>
      </Container>
      <Text fontWeight="bold">{formText(language, 'whatNext')}</Text>
      <Text>{application.nextSteps[language]}</Text>
      <Text>
        {formText(language, 'expectedBy', {
          date: formatDate(application.expectedBy.slice(0, 10), language),
        })}
      </Text>
      <XrFormHint text={formText(language, 'keepReference', { code })} />
      <XrFormHint text={`${formText(language, 'trackLink')}: /track`} />
    </>
  )
}
