import type { StoreApi } from 'zustand'
import type { Language } from '../../shared/scene/localized'
import type { ClerkApi } from './clerk-api'
import type { ClerkPrincipal, ClerkState, TicketView, TicketContext } from './clerk-types'
import type { CallEngineFactory, ConnectionState } from './call-engine-port'
import { EMPTY_COBROWSE, type CobrowseState } from './cobrowse-model'
import type { AnswerValue } from './protocol-types'
import type { RealtimePort } from './realtime-port'
import type { WrapUpProblem } from './wrap-up-model'

/** `called`: waiting for the citizen; `serving`: in the call; `wrap-up`: after-call work. */
export type CallPhase = 'idle' | 'called' | 'serving' | 'wrap-up'

/** A chat line; `pending` until the server's echo confirms it was saved and relayed. */
export type ChatLine = { key: string; from: 'citizen' | 'clerk'; text: string; at: number; pending: boolean }

export type CallState = {
  phase: CallPhase
  ticket: TicketView | null
  callId: string | null
  calling: boolean
  /** Why "Call next" gave nothing: `queue_empty`, or the server's message. */
  callNextProblem: { code: string; message: string } | null
  context: {
    status: 'idle' | 'loading' | 'ready' | 'error'
    data: TicketContext | null
    error: string | null
  }
  connection: ConnectionState
  muted: boolean
  cameraOff: boolean
  streams: { local: MediaStream | null; remote: MediaStream | null }
  /** False when no call engine is available: the call area offers chat only. */
  hasVideo: boolean
  chat: ChatLine[]
  cobrowse: CobrowseState
  wrapUp: { submitting: boolean; problems: WrapUpProblem[]; attempt: number }
  /** The last failed action (start, hang up, wrap-up...), as the server's message. */
  error: string | null
  actions: {
    callNext: (language: Language) => Promise<void>
    /** Shows the clerk's open call again (after a reload, or when call next finds one still open). */
    restore: (language: Language) => Promise<void>
    ticketAction: (language: Language, action: 'start' | 'no-show' | 'requeue') => Promise<void>
    hangUp: (language: Language) => Promise<void>
    submitWrapUp: (language: Language, input: { outcome: string | null; notes: string }) => Promise<boolean>
    setMuted: (muted: boolean) => void
    setCameraOff: (off: boolean) => void
    sendChat: (text: string) => boolean
    highlight: (fieldId: string | null) => void
    suggest: (fieldId: string, value: AnswerValue, note?: string) => void
    /** Sign-out: leave any call and forget it. */
    reset: () => void
  }
}

export type CallStoreDeps = {
  api: Pick<ClerkApi, 'callNext' | 'current' | 'context' | 'ticketAction' | 'endCall' | 'wrapUp'>
  socket: () => RealtimePort | null
  engine: CallEngineFactory | null
  /** The server set the clerk's state (busy, wrap-up, available) or sent the clerk back. */
  clerkState: (state: ClerkState, clerk?: ClerkPrincipal) => void
  /** Re-reads the clerk from the server (after no-show or requeue, whose state the server picks). */
  refreshClerk: () => void
  /** Ids for chat lines and suggestions (tests pass a counter). */
  newId?: () => string
  now?: () => number
}

/** The fields of a store with no call: the state after sign-in, a no-show, a requeue or a wrap-up. */
export const IDLE = {
  phase: 'idle' as CallPhase,
  ticket: null,
  callId: null,
  context: { status: 'idle' as const, data: null, error: null },
  connection: 'idle' as ConnectionState,
  muted: false,
  cameraOff: false,
  streams: { local: null, remote: null },
  chat: [] as ChatLine[],
  cobrowse: EMPTY_COBROWSE,
  wrapUp: { submitting: false, problems: [] as WrapUpProblem[], attempt: 0 },
  error: null,
}

/** The store's `set` and `get`, for the parts of it kept in files of their own. */
export type CallStoreAccess = {
  set: StoreApi<CallState>['setState']
  get: () => CallState
}

/** An error's message, for the store's `error`. */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error))
