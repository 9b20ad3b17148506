import { create } from 'zustand'
import type { ServerMessage } from '../../shared/protocol'
import type { Language } from '../../shared/scene/localized'
import { ApiError } from '../account/api-client'
import type { ClerkApi } from './clerk-api'
import type { ClerkPrincipal, ClerkState, TicketContext, TicketView } from './clerk-types'
import type { CallEngine, CallEngineFactory, ConnectionState } from './call-engine-port'
import { EMPTY_COBROWSE, reduceCobrowse, type CobrowseEvent, type CobrowseState } from './cobrowse-model'
import type { AnswerValue } from './protocol-types'
import type { RealtimePort } from './realtime-port'
import { checkWrapUp, type WrapUpProblem } from './wrap-up-model'
import { rejoinsSignalling, restoredCall, type RestoredCall } from './call-restore'

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

const IDLE = {
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

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
const randomId = () => crypto.randomUUID().replaceAll('-', '')

/**
 * The clerk's current call, from "Call next" to the end of wrap-up: ticket, context, connection, chat
 * and the citizen's live form. Media comes from the call engine when there is one; chat and
 * co-browsing are protocol messages on the socket.
 */
export function createCallStore(deps: CallStoreDeps) {
  const newId = deps.newId ?? randomId
  const now = deps.now ?? Date.now
  let engine: CallEngine | null = null
  let detach: (() => void)[] = []

  const leave = () => {
    detach.forEach((off) => off())
    detach = []
    engine?.close()
    engine = null
  }

  return create<CallState>()((set, get) => {
    const onMessage = (callId: string, message: ServerMessage, language: Language) => {
      if (!('callId' in message) || message.callId !== callId || get().callId !== callId) return
      if (message.type === 'chat.message') {
        set((s) => {
          const mine = message.clientId ? s.chat.findIndex((l) => l.key === message.clientId) : -1
          const line: ChatLine = {
            key: message.id,
            from: message.from,
            text: message.text,
            at: message.at,
            pending: false,
          }
          if (mine >= 0) return { chat: s.chat.map((l, i) => (i === mine ? { ...line, key: l.key } : l)) }
          return s.chat.some((l) => l.key === message.id) ? {} : { chat: [...s.chat, line] }
        })
      } else if (message.type.startsWith('cobrowse.')) {
        set((s) => ({ cobrowse: reduceCobrowse(s.cobrowse, message as CobrowseEvent) }))
      } else if (message.type === 'call.event') {
        if (!engine) {
          const map = {
            'peer-joined': 'connected',
            'peer-reconnecting': 'reconnecting',
            'peer-left': 'reconnecting',
          } as const
          if (message.event in map) set({ connection: map[message.event as keyof typeof map] })
        }
        // The citizen answered: the ticket is being served.
        if (message.event === 'peer-joined' && get().phase === 'called')
          void get().actions.ticketAction(language, 'start')
        if (message.event === 'ended' && get().phase === 'serving') {
          leave()
          set({ phase: 'wrap-up', connection: 'ended' })
          deps.clerkState('wrap-up')
        }
      }
    }

    const join = (callId: string, language: Language) => {
      const socket = deps.socket()
      if (socket) {
        detach.push(socket.onMessage((m) => onMessage(callId, m, language)))
        if (!deps.engine) {
          // Without the engine, join the signalling ourselves so chat and co-browsing reach us.
          const joinNow = () => socket.send({ type: 'call.join', callId })
          joinNow()
          detach.push(socket.onOpenChange((open) => open && joinNow()))
        }
      }
      if (deps.engine && socket) {
        engine = deps.engine({ callId, socket })
        detach.push(
          engine.onState((connection) => set({ connection })),
          engine.onStreams((streams) => set({ streams })),
        )
        set({ connection: 'connecting' })
        engine.start().catch((error: unknown) => set({ error: message(error) }))
      }
    }

    /** Shows a call (just called, or restored), rejoins it unless it only awaits wrap-up, loads the context. */
    const open = async (call: RestoredCall, language: Language) => {
      const { ticket, callId } = call
      set({
        ...IDLE,
        ...call,
        calling: false,
        callNextProblem: null,
        context: { status: 'loading', data: null, error: null },
      })
      if (rejoinsSignalling(call.phase)) join(callId, language)
      try {
        const data = await deps.api.context(language, ticket.id)
        if (get().callId === callId) set({ context: { status: 'ready', data, error: null } })
      } catch (error) {
        if (get().callId === callId) set({ context: { status: 'error', data: null, error: message(error) } })
      }
    }

    return {
      ...IDLE,
      calling: false,
      callNextProblem: null,
      hasVideo: deps.engine !== null,
      actions: {
        callNext: async (language) => {
          if (get().calling || get().phase !== 'idle') return
          set({ calling: true, callNextProblem: null, error: null })
          try {
            const { ticket, callId, clerk } = await deps.api.callNext(language)
            deps.clerkState(clerk?.state ?? 'busy', clerk)
            await open({ phase: 'called', ticket, callId, connection: 'idle' }, language)
          } catch (error) {
            const code = error instanceof ApiError ? error.code : 'failed'
            set({ calling: false, callNextProblem: { code, message: message(error) } })
            // The server still has a call of ours this console forgot: show it instead of being stuck.
            if (code === 'call_in_progress') void get().actions.restore(language)
          }
        },
        restore: async (language) => {
          if (get().calling || get().phase !== 'idle') return
          set({ calling: true })
          try {
            const call = await deps.api.current(language)
            set({ calling: false })
            if (call && get().phase === 'idle') await open(restoredCall(call), language)
          } catch (error) {
            set({ calling: false, error: message(error) })
          }
        },
        ticketAction: async (language, action) => {
          const { ticket } = get()
          if (!ticket) return
          try {
            const answer = await deps.api.ticketAction(language, ticket.id, action)
            if (action === 'start') {
              set({ phase: 'serving', ticket: { ...ticket, status: 'serving' } })
            } else {
              leave()
              set({ ...IDLE })
              // The server picks the clerk's state after a no-show or requeue.
              if (answer?.clerk) deps.clerkState(answer.clerk.state, answer.clerk)
              else deps.refreshClerk()
            }
          } catch (error) {
            set({ error: message(error) })
          }
        },
        hangUp: async (language) => {
          const { callId } = get()
          if (!callId) return
          try {
            await deps.api.endCall(language, callId)
            leave()
            set({
              phase: 'wrap-up',
              connection: 'ended',
              error: null,
              streams: { local: null, remote: null },
            })
            deps.clerkState('wrap-up')
          } catch (error) {
            set({ error: message(error) })
          }
        },
        submitWrapUp: async (language, input) => {
          const { callId, wrapUp } = get()
          const checked = checkWrapUp(input)
          const attempt = wrapUp.attempt + 1
          if (!checked.ok) {
            set({ wrapUp: { submitting: false, problems: checked.problems, attempt } })
            return false
          }
          if (!callId || wrapUp.submitting) return false
          set({ wrapUp: { submitting: true, problems: [], attempt }, error: null })
          try {
            const answer = await deps.api.wrapUp(language, callId, checked.outcome, checked.notes)
            set({ ...IDLE })
            deps.clerkState(answer?.clerk?.state ?? 'available', answer?.clerk)
            return true
          } catch (error) {
            set({ wrapUp: { submitting: false, problems: [], attempt }, error: message(error) })
            return false
          }
        },
        setMuted: (muted) => {
          engine?.setMuted(muted)
          set({ muted })
        },
        setCameraOff: (off) => {
          engine?.setCameraOff(off)
          set({ cameraOff: off })
        },
        sendChat: (text) => {
          const { callId } = get()
          const trimmed = text.trim()
          const socket = deps.socket()
          if (!callId || !socket || trimmed === '') return false
          const clientId = newId()
          if (!socket.send({ type: 'chat.send', callId, text: trimmed, clientId })) return false
          set((s) => ({
            chat: [...s.chat, { key: clientId, from: 'clerk', text: trimmed, at: now(), pending: true }],
          }))
          return true
        },
        highlight: (fieldId) => {
          const { callId } = get()
          if (!callId) return
          deps.socket()?.send({ type: 'cobrowse.highlight', callId, fieldId })
          set((s) => ({ cobrowse: reduceCobrowse(s.cobrowse, { type: 'local.highlight', fieldId }) }))
        },
        suggest: (fieldId, value, note) => {
          const { callId } = get()
          const socket = deps.socket()
          if (!callId || !socket) return
          const suggestionId = newId()
          const sent = socket.send({
            type: 'cobrowse.suggest',
            callId,
            suggestionId,
            fieldId,
            value,
            ...(note ? { note } : {}),
          })
          if (!sent) return
          set((s) => ({
            cobrowse: reduceCobrowse(s.cobrowse, {
              type: 'local.suggest',
              suggestion: { id: suggestionId, fieldId, value, ...(note ? { note } : {}) },
            }),
          }))
        },
        reset: () => {
          leave()
          set({ ...IDLE, calling: false, callNextProblem: null })
        },
      },
    }
  })
}

export type CallStore = ReturnType<typeof createCallStore>
