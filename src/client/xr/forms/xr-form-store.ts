import { create } from 'zustand'
import type { FormStep } from '../../forms/apply-route'

/** The steps the VR form shows: the 2D form's steps without consent (no sign-in in VR) and "saved". */
export type XrFormStep = Extract<
  FormStep,
  { kind: 'start' | 'question' | 'documents' | 'check' | 'confirmation' }
>

/**
 * Where the citizen is in an application made in VR. The draft, answers, errors and submit state are
 * the 2D form's (`useFormStore`): this store only holds what the VR panel adds, the open service and
 * the counter it stands at, the step (the 2D form keeps it in the address bar), and the declaration box.
 */
export type XrFormState = {
  /** The service being applied for, or null while no form panel is open. */
  serviceId: string | null
  /** The counter the panel stands at. */
  counterId: string | null
  step: XrFormStep
  /** Came from Check your answers by a Change button: Continue goes back there. */
  returnToCheck: boolean
  declarationConfirmed: boolean
  /** Send was pressed without the declaration ticked. */
  declarationError: boolean
  /** A draft is being created, saved or sent: the buttons ignore presses. */
  busy: boolean
  /** Starting or loading the draft failed (shown on the start step). */
  problem: string | null
  actions: {
    /** Opens the form panel of a service at a counter, on its start step. */
    open: (serviceId: string, counterId: string) => void
    close: () => void
    go: (step: XrFormStep, returnToCheck?: boolean) => void
    setDeclaration: (confirmed: boolean) => void
    setDeclarationError: (shown: boolean) => void
    setBusy: (busy: boolean) => void
    setProblem: (problem: string | null) => void
  }
}

const START: XrFormStep = { kind: 'start' }

export const useXrFormStore = create<XrFormState>()((set) => ({
  serviceId: null,
  counterId: null,
  step: START,
  returnToCheck: false,
  declarationConfirmed: false,
  declarationError: false,
  busy: false,
  problem: null,
  actions: {
    open: (serviceId, counterId) =>
      set({
        serviceId,
        counterId,
        step: START,
        returnToCheck: false,
        declarationConfirmed: false,
        declarationError: false,
        busy: false,
        problem: null,
      }),
    close: () => set({ serviceId: null, counterId: null, step: START, busy: false, problem: null }),
    go: (step, returnToCheck = false) => set({ step, returnToCheck }),
    setDeclaration: (declarationConfirmed) =>
      set(
        declarationConfirmed ? { declarationConfirmed, declarationError: false } : { declarationConfirmed },
      ),
    setDeclarationError: (declarationError) => set({ declarationError }),
    setBusy: (busy) => set({ busy }),
    setProblem: (problem) => set({ problem }),
  },
}))
