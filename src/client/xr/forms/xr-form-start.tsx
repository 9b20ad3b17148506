import { Container } from '@react-three/uikit'
import type { Service } from '../../../shared/scene/schema'
import { draftMemory } from '../../forms/draft-memory'
import { formText } from '../../forms/form-text'
import { serviceViewModel } from '../../panels/station-view-model'
import { XrButton } from '../xr-button'
import { xrT } from '../xr-text'
import { xrFormActions, type XrFormEnv } from './xr-form-actions'
import { XrFormHeading, XrFormHint, XrFormNote } from './xr-form-parts'

/**
 * The start of an application in VR: what the service is, takes and costs, that it is filled without
 * signing in and that documents are attached later on the 2D page; Start, or continue a draft this
 * browser saved.
 */
export function XrFormStart({ service, env }: { service: Service; env: XrFormEnv }) {
  const { language } = env
  const model = serviceViewModel(service, language)
  const savedCode = draftMemory.codeFor(service.id)
  return (
    <>
      <XrFormHeading text={formText(language, 'startTitle', { service: model.name })} />
      <XrFormHint text={model.summary} />
      <XrFormHint text={formText(language, 'processingTime', { time: model.processingTime })} />
      <XrFormHint text={formText(language, 'fee', { fee: model.fee })} />
      <XrFormNote name="form.intro" text={xrT(language, 'vrFormIntro')} />
      <Container flexDirection="column" gap={10}>
        <XrButton
          name="form.start"
          variant="primary"
          label={formText(language, 'startNow')}
          onSelect={() => void xrFormActions.start(env)}
        />
        {savedCode && (
          <XrButton
            name="form.resume"
            label={formText(language, 'continueSaved', { code: savedCode })}
            onSelect={() => void xrFormActions.resume(env, savedCode)}
          />
        )}
      </Container>
    </>
  )
}
