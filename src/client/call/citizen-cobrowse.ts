import { fieldIdSchema } from '../../shared/protocol'
import type { CallSession } from './call-session'

type Answers = Readonly<Record<string, unknown>>

/** A correction the clerk proposes for one field, waiting for the citizen's answer. */
export type Suggestion = { suggestionId: string; fieldId: string; value: unknown; note: string | null }

export type CobrowseView = {
  /** The field the clerk points at, or null. */
  highlight: string | null
  suggestions: readonly Suggestion[]
}

export type CitizenCobrowseOptions = {
  session: Pick<CallSession, 'sendCobrowse' | 'onCobrowse' | 'onJoined'>
  /** The form shown beside the call: its service, the page the citizen is on, the answers as typed. */
  form: () => { serviceId: string; pageId: string | null; answers: Answers }
  /** Calls back on every change of the answers (the form store's subscribe). */
  subscribeAnswers: (listener: (answers: Answers) => void) => () => void
  /** Puts an accepted value into the form. */
  setAnswer: (fieldId: string, value: unknown) => void
}

/** JSON values only (the protocol carries JSON); a cleared answer travels as null. */
function wire(value: unknown): string | number | boolean | null | object {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as object)
}

const validId = (id: string) => fieldIdSchema.safeParse(id).success

/**
 * The citizen's side of co-browsing: sends the whole form on every (re)join and each changed field as it
 * is typed; keeps the clerk's highlight and suggestions for the page to show; an accepted suggestion goes
 * into the form (and so to the clerk as a field change) and is answered with `cobrowse.accept`.
 * Framework-free: the page reads it through `getView`/`subscribe`.
 */
export function createCitizenCobrowse(options: CitizenCobrowseOptions) {
  const { session } = options
  const listeners = new Set<() => void>()
  let view: CobrowseView = { highlight: null, suggestions: [] }
  let last: Answers = { ...options.form().answers }
  const set = (patch: Partial<CobrowseView>) => {
    view = { ...view, ...patch }
    for (const listener of listeners) listener()
  }

  const snapshot = () => {
    const { serviceId, pageId, answers } = options.form()
    last = { ...answers }
    const clean = Object.fromEntries(
      Object.entries(answers)
        .filter(([id, value]) => validId(id) && value !== undefined)
        .map(([id, value]) => [id, wire(value)]),
    )
    session.sendCobrowse({
      type: 'cobrowse.snapshot',
      serviceId,
      pageId: pageId && validId(pageId) ? pageId : null,
      answers: clean as Record<string, never>,
    })
  }

  const stops = [
    session.onJoined(() => snapshot()),
    options.subscribeAnswers((answers) => {
      const ids = new Set([...Object.keys(last), ...Object.keys(answers)])
      for (const fieldId of ids) {
        if (!validId(fieldId) || JSON.stringify(last[fieldId]) === JSON.stringify(answers[fieldId])) continue
        session.sendCobrowse({ type: 'cobrowse.field', fieldId, value: wire(answers[fieldId]) as never })
      }
      last = { ...answers }
    }),
    session.onCobrowse((message) => {
      if (message.type === 'cobrowse.highlight') set({ highlight: message.fieldId })
      else if (message.type === 'cobrowse.suggest')
        set({
          suggestions: [
            ...view.suggestions.filter((s) => s.fieldId !== message.fieldId),
            {
              suggestionId: message.suggestionId,
              fieldId: message.fieldId,
              value: message.value,
              note: message.note ?? null,
            },
          ],
        })
    }),
  ]

  const answer = (suggestionId: string, accept: boolean) => {
    const suggestion = view.suggestions.find((s) => s.suggestionId === suggestionId)
    if (!suggestion) return
    if (accept) options.setAnswer(suggestion.fieldId, suggestion.value)
    session.sendCobrowse({ type: accept ? 'cobrowse.accept' : 'cobrowse.reject', suggestionId })
    set({ suggestions: view.suggestions.filter((s) => s !== suggestion) })
  }

  return {
    getView: () => view,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** Sends the whole form now (also done on every join and rejoin). */
    snapshot,
    accept: (suggestionId: string) => answer(suggestionId, true),
    reject: (suggestionId: string) => answer(suggestionId, false),
    dispose: () => stops.forEach((stop) => stop()),
  }
}

export type CitizenCobrowse = ReturnType<typeof createCitizenCobrowse>
