import type { ServerMessage } from '../../shared/protocol'

/** A correction the clerk proposed, and what the citizen did with it. */
export type Suggestion = {
  id: string
  fieldId: string
  value: unknown
  note?: string
  status: 'pending' | 'accepted' | 'rejected'
}

/** The citizen's live form as the clerk sees it. */
export type CobrowseState = {
  /** False until the citizen's first snapshot (their form is not open yet). */
  received: boolean
  serviceId: string | null
  pageId: string | null
  answers: Readonly<Record<string, unknown>>
  /** The field the clerk points at, or null. */
  highlight: string | null
  /** The field the citizen changed last (shown briefly so the clerk's eye finds it). */
  lastChanged: string | null
  suggestions: readonly Suggestion[]
}

export const EMPTY_COBROWSE: CobrowseState = {
  received: false,
  serviceId: null,
  pageId: null,
  answers: {},
  highlight: null,
  lastChanged: null,
  suggestions: [],
}

/** What changes the co-browse state: relayed messages, and the clerk's own highlight and suggestions. */
export type CobrowseEvent =
  | Extract<ServerMessage, { type: `cobrowse.${string}` }>
  | { type: 'local.highlight'; fieldId: string | null }
  | { type: 'local.suggest'; suggestion: Omit<Suggestion, 'status'> }

const settle = (state: CobrowseState, id: string, status: 'accepted' | 'rejected'): CobrowseState => {
  const suggestion = state.suggestions.find((s) => s.id === id)
  // Only a pending suggestion is answered, once: a late or repeated answer changes nothing.
  if (!suggestion || suggestion.status !== 'pending') return state
  return {
    ...state,
    answers:
      status === 'accepted' ? { ...state.answers, [suggestion.fieldId]: suggestion.value } : state.answers,
    suggestions: state.suggestions.map((s) => (s.id === id ? { ...s, status } : s)),
  }
}

/**
 * Folds one event into the co-browse state. Relayed messages count only from the citizen (the server
 * also echoes nothing back, but a stray clerk-sent message must not be read as the citizen's form).
 */
export function reduceCobrowse(state: CobrowseState, event: CobrowseEvent): CobrowseState {
  if (event.type === 'local.highlight') return { ...state, highlight: event.fieldId }
  if (event.type === 'local.suggest')
    return { ...state, suggestions: [...state.suggestions, { ...event.suggestion, status: 'pending' }] }
  if (event.from !== 'citizen') return state
  switch (event.type) {
    case 'cobrowse.snapshot':
      return {
        ...state,
        received: true,
        serviceId: event.serviceId,
        pageId: event.pageId,
        answers: { ...event.answers },
        lastChanged: null,
      }
    case 'cobrowse.field':
      return {
        ...state,
        received: true,
        answers: { ...state.answers, [event.fieldId]: event.value },
        lastChanged: event.fieldId,
      }
    case 'cobrowse.accept':
      return settle(state, event.suggestionId, 'accepted')
    case 'cobrowse.reject':
      return settle(state, event.suggestionId, 'rejected')
    default:
      return state
  }
}

/** The newest suggestion for a field (its status is what the panel shows next to the field). */
export function latestSuggestion(state: CobrowseState, fieldId: string): Suggestion | null {
  for (let i = state.suggestions.length - 1; i >= 0; i--)
    if (state.suggestions[i]!.fieldId === fieldId) return state.suggestions[i]!
  return null
}
