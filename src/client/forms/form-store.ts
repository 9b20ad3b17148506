import { create } from 'zustand'
import type { Answers, FileRef } from '../../shared/flow/answers'
import type { FieldError } from '../../shared/flow/engine'
import type { Register } from '../../shared/flow/flow-schema'
import type { Language } from '../../shared/scene/localized'
import { api } from '../account/api'
import { ApiError, type ApiFieldError } from '../account/api-client'
import type { Application, Draft } from '../account/api-types'
import { draftMemory } from './draft-memory'

export type SaveState = {
  state: 'idle' | 'saving' | 'saved' | 'failed'
  at: string | null
  message: string | null
}
export type SubmitState = {
  state: 'idle' | 'submitting' | 'failed'
  /** The Idempotency-Key of this submit attempt: made on the first press, reused on every retry. */
  key: string | null
  message: string | null
  fieldErrors: ApiFieldError[]
}

export type FormState = {
  draft: Draft | null
  /** The answers as typed, the source of every input's value (kept across back and forward). */
  answers: Answers
  /** The problems found when `errorsOn` was last submitted. */
  errors: FieldError[]
  errorsOn: string | null
  /** Answers a pre-fill put in, by field id, with the register each came from. */
  prefilled: Record<string, Register>
  /** How many answers the last pre-fill filled (shown once on the next page). */
  filledCount: number | null
  save: SaveState
  submit: SubmitState
  uploads: Record<string, { busy: boolean; message: string | null }>
  application: Application | null
  actions: {
    setAnswer: (fieldId: string, value: unknown) => void
    showErrors: (step: string, errors: FieldError[]) => void
    clearErrors: () => void
    /** Starts a new draft for the service (signed in or not: the server reads the session). */
    startDraft: (language: Language, serviceId: string, hallId: string) => Promise<Draft>
    /** Loads a draft by resume code into the form. */
    loadDraft: (language: Language, code: string) => Promise<Draft>
    /** Autosave: stores the answers and where the citizen is. Resolves false when saving failed. */
    save: (language: Language, pageId: string | null) => Promise<boolean>
    prefill: (language: Language, registers: Register[], preview: Record<Register, string[]>) => Promise<void>
    upload: (language: Language, fieldId: string, file: File) => Promise<void>
    removeFile: (language: Language, fieldId: string, fileId: string) => Promise<void>
    /** Sends the application; a retry after a failure reuses the same Idempotency-Key. */
    submitApplication: (language: Language) => Promise<Application | null>
    reset: () => void
  }
}

const IDLE_SAVE: SaveState = { state: 'idle', at: null, message: null }
const IDLE_SUBMIT: SubmitState = { state: 'idle', key: null, message: null, fieldErrors: [] }

function newKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function fileList(value: unknown): FileRef[] {
  return Array.isArray(value) ? (value as FileRef[]) : []
}

/** The application in progress on this page: its draft, answers, errors and save/submit state. */
export const useFormStore = create<FormState>()((set, get) => {
  const adopt = (draft: Draft) => {
    draftMemory.remember(draft.serviceId, draft.resumeCode)
    set({ draft })
  }
  const requireDraft = (): Draft => {
    const { draft } = get()
    if (!draft) throw new Error('No draft loaded')
    return draft
  }
  return {
    draft: null,
    answers: {},
    errors: [],
    errorsOn: null,
    prefilled: {},
    filledCount: null,
    save: IDLE_SAVE,
    submit: IDLE_SUBMIT,
    uploads: {},
    application: null,
    actions: {
      setAnswer: (fieldId, value) =>
        set((s) => {
          const answers = { ...s.answers }
          if (value === undefined) delete answers[fieldId]
          else answers[fieldId] = value
          const prefilled = { ...s.prefilled }
          delete prefilled[fieldId]
          return { answers, prefilled }
        }),
      showErrors: (step, errors) => set({ errors, errorsOn: step }),
      clearErrors: () => set({ errors: [], errorsOn: null }),
      startDraft: async (language, serviceId, hallId) => {
        const draft = await api.createDraft(language, serviceId, hallId)
        set({
          answers: { ...draft.answers },
          prefilled: {},
          application: null,
          submit: IDLE_SUBMIT,
          save: IDLE_SAVE,
        })
        adopt(draft)
        return draft
      },
      loadDraft: async (language, code) => {
        const draft = await api.getDraft(language, code.trim().toUpperCase())
        set({ answers: { ...draft.answers }, prefilled: {}, errors: [], errorsOn: null, save: IDLE_SAVE })
        adopt(draft)
        return draft
      },
      save: async (language, pageId) => {
        const draft = requireDraft()
        set({ save: { ...get().save, state: 'saving' } })
        try {
          const saved = await api.saveDraft(language, draft.resumeCode, get().answers, pageId)
          set({ draft: saved, save: { state: 'saved', at: saved.updatedAt, message: null } })
          return true
        } catch (error) {
          set({ save: { state: 'failed', at: get().save.at, message: message(error) } })
          return false
        }
      },
      prefill: async (language, registers, preview) => {
        const draft = requireDraft()
        if (registers.length === 0) {
          set({ filledCount: null })
          return
        }
        const result = await api.prefill(language, draft.resumeCode, registers)
        const prefilled: Record<string, Register> = {}
        for (const fieldId of result.filled) {
          const register = registers.find((r) => preview[r]?.includes(fieldId))
          if (register) prefilled[fieldId] = register
        }
        set({
          draft: result.draft,
          answers: { ...get().answers, ...pick(result.draft.answers, result.filled) },
          prefilled,
          filledCount: result.filled.length,
        })
      },
      upload: async (language, fieldId, file) => {
        const draft = requireDraft()
        set((s) => ({ uploads: { ...s.uploads, [fieldId]: { busy: true, message: null } } }))
        try {
          const attachment = await api.uploadAttachment(language, draft.resumeCode, fieldId, file)
          const ref: FileRef = {
            id: attachment.id,
            name: attachment.name,
            bytes: attachment.size,
            mediaType: attachment.type,
          }
          const files = fileList(get().answers[fieldId]).filter((f) => f.id !== ref.id)
          get().actions.setAnswer(fieldId, [...files, ref])
          set((s) => ({ uploads: { ...s.uploads, [fieldId]: { busy: false, message: null } } }))
          await get().actions.save(language, draft.pageId)
        } catch (error) {
          set((s) => ({ uploads: { ...s.uploads, [fieldId]: { busy: false, message: message(error) } } }))
        }
      },
      removeFile: async (language, fieldId, fileId) => {
        const draft = requireDraft()
        try {
          await api.deleteAttachment(language, draft.resumeCode, fileId)
        } catch (error) {
          // Already gone on the server is fine; anything else is shown.
          if (!(error instanceof ApiError && error.status === 404)) {
            set((s) => ({ uploads: { ...s.uploads, [fieldId]: { busy: false, message: message(error) } } }))
            return
          }
        }
        const rest = fileList(get().answers[fieldId]).filter((f) => f.id !== fileId)
        get().actions.setAnswer(fieldId, rest.length > 0 ? rest : undefined)
        await get().actions.save(language, draft.pageId)
      },
      submitApplication: async (language) => {
        const draft = requireDraft()
        const current = get().submit
        if (current.state === 'submitting') return null
        const key = current.key ?? newKey()
        set({ submit: { state: 'submitting', key, message: null, fieldErrors: [] } })
        try {
          const application = await api.submit(language, draft.resumeCode, key)
          draftMemory.submitted(draft.serviceId, draft.resumeCode, application.reference)
          set({ application, submit: IDLE_SUBMIT })
          return application
        } catch (error) {
          if (error instanceof ApiError && error.code === 'already_submitted') {
            const reference = error.details.reference
            if (typeof reference === 'string') {
              const { application } = await api.application(language, reference, draft.resumeCode)
              draftMemory.submitted(draft.serviceId, draft.resumeCode, reference)
              set({ application, submit: IDLE_SUBMIT })
              return application
            }
          }
          // A 4xx means this attempt is over (a new press is a new attempt); a network failure or 5xx
          // may have been applied, so the retry must carry the same key.
          const retryable = !(error instanceof ApiError) || error.status === 0 || error.status >= 500
          set({
            submit: {
              state: 'failed',
              key: retryable ? key : null,
              message: message(error),
              fieldErrors: error instanceof ApiError ? error.fields : [],
            },
          })
          return null
        }
      },
      reset: () =>
        set({
          draft: null,
          answers: {},
          errors: [],
          errorsOn: null,
          prefilled: {},
          filledCount: null,
          save: IDLE_SAVE,
          submit: IDLE_SUBMIT,
          uploads: {},
          application: null,
        }),
    },
  }
})

function pick(answers: Answers, ids: string[]): Answers {
  return Object.fromEntries(ids.filter((id) => Object.hasOwn(answers, id)).map((id) => [id, answers[id]]))
}
