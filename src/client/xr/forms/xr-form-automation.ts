import type { Answers } from '../../../shared/flow/answers'
import { useFormStore } from '../../forms/form-store'
import { errorKey } from './xr-form-keys'
import { useXrFormStore, type XrFormStep } from './xr-form-store'

/** What `window.__onehall.xr().form` reports about the VR application form (docs/automation.md). */
export type XrFormAutomationState = {
  /** The service applied for. */
  service: string
  /** The counter the form panel stands at. */
  counter: string | null
  step: XrFormStep['kind']
  /** The question page shown, or null on other steps. */
  page: string | null
  /** The answers as typed so far (the same the panel's boxes show). */
  answers: Answers
  /** The problems shown on this step (error summary and beside the fields), in field order. */
  errors: { field: string; message: string }[]
  /** Send was pressed without ticking the declaration. */
  declarationError: boolean
  /** The draft's resume code once started, else null. */
  resumeCode: string | null
  /** The application's reference once sent, else null. */
  reference: string | null
  /** A draft is being started, saved or sent. */
  busy: boolean
}

/** The VR application form for automation, or null when none is open. Loads no XR code. */
export function xrFormAutomationState(): XrFormAutomationState | null {
  const { serviceId, counterId, step, declarationError, busy } = useXrFormStore.getState()
  if (!serviceId) return null
  const { answers, errors, errorsOn, draft, application } = useFormStore.getState()
  return {
    service: serviceId,
    counter: counterId,
    step: step.kind,
    page: step.kind === 'question' ? step.pageId : null,
    answers: { ...answers },
    errors: errorsOn === errorKey(step) ? errors.map((e) => ({ field: e.fieldId, message: e.message })) : [],
    declarationError,
    resumeCode: draft?.resumeCode ?? null,
    reference: application?.reference ?? null,
    busy,
  }
}
