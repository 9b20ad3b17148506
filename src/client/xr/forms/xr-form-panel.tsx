import { useMemo } from 'react'
import { Container, Text } from '@react-three/uikit'
import { degToRad } from 'three/src/math/MathUtils.js'
import type { Hall } from '../../../shared/scene/schema'
import { usePreferencesStore } from '../../app/preferences-store'
import { useFormStore } from '../../forms/form-store'
import { formText } from '../../forms/form-text'
import { XrButton } from '../xr-button'
import { rotateOffset } from '../xr-pose'
import { PANEL_HEIGHT, PANEL_OFFSET } from '../xr-station-panel'
import { targetRef } from '../xr-targets'
import { xrT } from '../xr-text'
import { XR_PANEL_FRAME, XR_THEME } from '../xr-theme'
import { useXrFormContext } from './use-xr-form-context'
import { xrFormActions, type XrFormEnv } from './xr-form-actions'
import { XrFormCheck } from './xr-form-check'
import { XrFormConfirmation } from './xr-form-confirmation'
import { XrFormDocuments } from './xr-form-documents'
import { XrFormHint, XrFormNote } from './xr-form-parts'
import { XrFormQuestion } from './xr-form-question'
import { XrFormStart } from './xr-form-start'
import { useXrFormStore } from './xr-form-store'

/**
 * A service's application form in VR, where the station panel stood at the counter: one step at a time
 * (start, questions, documents note, check your answers, confirmation), built from the 2D form's view
 * models and filled with the ray, hands and the system keyboard. Elder mode scales it.
 */
export function XrFormPanel({ hall }: { hall: Hall }) {
  const language = usePreferencesStore((s) => s.language)
  const elder = usePreferencesStore((s) => s.elderMode)
  const counterId = useXrFormStore((s) => s.counterId)
  const step = useXrFormStore((s) => s.step)
  const problem = useXrFormStore((s) => s.problem)
  const code = useFormStore((s) => s.draft?.resumeCode ?? null)
  const env: XrFormEnv = useMemo(() => ({ language, hall }), [language, hall])
  const ctx = useXrFormContext(env)
  const counter = hall.counters.find((c) => c.id === counterId)
  const service = hall.services.find((s) => s.id === ctx?.serviceId)
  if (!ctx || !counter || !service) return null

  const yaw = degToRad(counter.yaw)
  const [dx, dz] = rotateOffset(PANEL_OFFSET, yaw)
  const scale = elder ? XR_THEME.elderScale : 1
  // Every step but the start needs the draft (it holds the answers); the confirmation needs nothing else.
  const ready = step.kind === 'start' || step.kind === 'confirmation' || code !== null

  return (
    <group position={[counter.position[0] + dx, PANEL_HEIGHT, counter.position[1] + dz]} rotation-y={yaw}>
      <Container
        ref={targetRef('form')}
        pixelSize={XR_THEME.pixelSize * scale}
        anchorY="center"
        width={XR_THEME.formWidth}
        {...XR_PANEL_FRAME}
        gap={14}
      >
        <XrFormHint text={service.name[language]} />
        {problem && (
          <XrFormNote
            name="form.problem"
            tone="error"
            text={formText(language, 'loadFailed', { message: problem })}
          />
        )}
        {!ready ? (
          <Text>{formText(language, 'loading')}</Text>
        ) : step.kind === 'start' ? (
          <XrFormStart service={service} env={env} />
        ) : step.kind === 'question' ? (
          <XrFormQuestion key={step.pageId} ctx={ctx} env={env} pageId={step.pageId} />
        ) : step.kind === 'documents' ? (
          <XrFormDocuments ctx={ctx} code={code ?? ''} />
        ) : step.kind === 'check' ? (
          <XrFormCheck ctx={ctx} env={env} code={code ?? ''} />
        ) : (
          <XrFormConfirmation language={language} />
        )}
        {code && step.kind !== 'confirmation' && (
          <XrFormHint text={xrT(language, 'resumeCodeLine', { code })} />
        )}
        <XrButton
          name="form.close"
          label={
            code && step.kind !== 'confirmation' ? xrT(language, 'saveAndClose') : xrT(language, 'close')
          }
          onSelect={xrFormActions.close}
        />
      </Container>
    </group>
  )
}
