import { useShallow } from 'zustand/react/shallow'
import type { FormContext } from '../../forms/form-view-model'
import { useFormStore } from '../../forms/form-store'
import { formContextOf, type XrFormEnv } from './xr-form-actions'
import { useXrFormStore } from './xr-form-store'

/** The open VR form's context for the view models, re-rendering when answers, errors or the step change. */
export function useXrFormContext(env: XrFormEnv): FormContext | null {
  const xr = useXrFormStore(
    useShallow((s) => ({ serviceId: s.serviceId, step: s.step, returnToCheck: s.returnToCheck })),
  )
  const form = useFormStore(
    useShallow((s) => ({
      answers: s.answers,
      errors: s.errors,
      errorsOn: s.errorsOn,
      prefilled: s.prefilled,
    })),
  )
  return formContextOf(env, { ...xr, ...form })
}
