import type { Flow } from '../../../shared/flow/flow-schema'
import type { EngineOptions } from '../../../shared/flow/resolve'
import type { Language } from '../../../shared/scene/localized'
import type { Hall } from '../../../shared/scene/schema'
import { useFormStore, type FormState } from '../../forms/form-store'
import { formText } from '../../forms/form-text'
import { firstPageStep, type FormContext } from '../../forms/form-view-model'
import { errorKey } from './xr-form-keys'
import { continuePage, resumeInVr, stepOfHref, submitBlockers } from './xr-form-flow'
import { useXrFormStore, type XrFormState, type XrFormStep } from './xr-form-store'

/** What every VR form action needs: the language, the hall (for its id and the service's flow). */
export type XrFormEnv = { language: Language; hall: Hall; options?: EngineOptions }

/** The flow of the service the VR form has open, or null. */
export function openFlow(hall: Hall, serviceId: string | null): Flow | null {
  return hall.services.find((s) => s.id === serviceId)?.flow ?? null
}

/** The parts of both stores a form context is made from. */
export type XrFormSlices = Pick<XrFormState, 'serviceId' | 'step' | 'returnToCheck'> &
  Pick<FormState, 'answers' | 'errors' | 'errorsOn' | 'prefilled'>

/** The form view models' context for the open VR form, or null when no form with a flow is open. */
export function formContextOf(env: XrFormEnv, slices: XrFormSlices): FormContext | null {
  const { serviceId, step, returnToCheck, answers, errors, errorsOn, prefilled } = slices
  const flow = openFlow(env.hall, serviceId)
  if (!serviceId || !flow) return null
  return {
    serviceId,
    hallId: env.hall.id,
    flow,
    answers,
    language: env.language,
    errors: errorsOn === errorKey(step) ? errors : [],
    prefilled,
    returnToCheck,
    options: env.options,
  }
}

/** The form context from the stores as they are now (for actions). */
export function xrFormContext(env: XrFormEnv): FormContext | null {
  return formContextOf(env, { ...useXrFormStore.getState(), ...useFormStore.getState() })
}

/** Runs one piece of work with the buttons held off, reporting a failure on the start step. */
async function busy(work: () => Promise<void>): Promise<void> {
  const { actions, busy: already } = useXrFormStore.getState()
  if (already) return
  actions.setBusy(true)
  actions.setProblem(null)
  try {
    await work()
  } catch (error) {
    actions.setProblem(error instanceof Error ? error.message : String(error))
  } finally {
    actions.setBusy(false)
  }
}

function go(step: XrFormStep, returnToCheck = false) {
  useFormStore.getState().actions.clearErrors()
  useXrFormStore.getState().actions.go(step, returnToCheck)
}

/**
 * The VR form's actions: they drive the 2D form's store (drafts, answers, autosave, submit with its
 * Idempotency-Key) and the shared flow engine, and only move the VR panel between steps.
 */
export const xrFormActions = {
  /** Opens the form panel of a service at a counter. */
  open: (serviceId: string, counterId: string) => {
    useFormStore.getState().actions.clearErrors()
    useXrFormStore.getState().actions.open(serviceId, counterId)
  },

  /** Closes the panel; the draft stays saved under its resume code. */
  close: () => {
    useFormStore.getState().actions.clearErrors()
    useXrFormStore.getState().actions.close()
  },

  /** Starts a new draft (not signed in) and opens its first page. */
  start: (env: XrFormEnv) =>
    busy(async () => {
      const { serviceId } = useXrFormStore.getState()
      const flow = openFlow(env.hall, serviceId)
      if (!serviceId || !flow) return
      const draft = await useFormStore.getState().actions.startDraft(env.language, serviceId, env.hall.id)
      const first = firstPageStep(flow, draft.answers, env.options)
      go(first.kind === 'question' ? first : { kind: 'check' })
    }),

  /** Continues a draft saved earlier (this browser remembers its code) where it has something to answer. */
  resume: (env: XrFormEnv, code: string) =>
    busy(async () => {
      const { serviceId } = useXrFormStore.getState()
      const flow = openFlow(env.hall, serviceId)
      if (!serviceId || !flow) return
      const draft = await useFormStore.getState().actions.loadDraft(env.language, code)
      if (draft.serviceId !== serviceId) throw new Error(formText(env.language, 'draftMismatch'))
      go(resumeInVr(flow, draft.answers, env.language, env.options))
    }),

  /**
   * Continue on a question page: validates it with the shared engine (uploads excepted), saves the draft
   * either way (typed text survives), and moves on only when the page is valid.
   */
  continuePage: (env: XrFormEnv, pageId: string) =>
    busy(async () => {
      const ctx = xrFormContext(env)
      if (!ctx) return
      const { actions } = useFormStore.getState()
      const outcome = continuePage(ctx, pageId)
      actions.showErrors(pageId, outcome.errors)
      await actions.save(env.language, outcome.next?.kind === 'question' ? outcome.next.pageId : pageId)
      if (outcome.next) go(outcome.next)
    }),

  /** Follows a link of the form view models (back, change): the same step the 2D form would show. */
  follow: (href: string) => {
    const target = stepOfHref(href)
    if (target) go(target.step, target.returnToCheck)
  },

  /** From the documents note to Check your answers. */
  toCheck: () => go({ kind: 'check' }),

  toggleDeclaration: () => {
    const { declarationConfirmed, actions } = useXrFormStore.getState()
    actions.setDeclaration(!declarationConfirmed)
  },

  /**
   * Send: refused without the declaration or while a required upload is missing (the panel then says to
   * finish on the 2D page); a failed send keeps its Idempotency-Key for the retry.
   */
  submit: (env: XrFormEnv) =>
    busy(async () => {
      const ctx = xrFormContext(env)
      const state = useXrFormStore.getState()
      if (!ctx) return
      if (!state.declarationConfirmed) {
        state.actions.setDeclarationError(true)
        return
      }
      if (submitBlockers(ctx.flow, ctx.answers, ctx.language, ctx.options).uploads.length > 0) return
      const application = await useFormStore.getState().actions.submitApplication(env.language)
      if (application) go({ kind: 'confirmation' })
    }),
}
