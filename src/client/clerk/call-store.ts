import { create } from 'zustand'
import type { Language } from '../../shared/scene/localized'
import { ApiError } from '../account/api-client'
import { createCallLink } from './call-link'
import { liveCallActions } from './call-live-actions'
import { rejoinsSignalling, restoredCall, type RestoredCall } from './call-restore'
import { errorText, IDLE, type CallState, type CallStoreDeps } from './call-store-state'
import { checkWrapUp } from './wrap-up-model'

export type { CallPhase, CallState, CallStoreDeps, ChatLine } from './call-store-state'

const randomId = () => crypto.randomUUID().replaceAll('-', '')

/**
 * The clerk's current call, from "Call next" to the end of wrap-up: ticket, context, connection, chat
 * and the citizen's live form. Media comes from the call engine when there is one; chat and
 * co-browsing are protocol messages on the socket.
 */
export function createCallStore(deps: CallStoreDeps) {
  const newId = deps.newId ?? randomId
  const now = deps.now ?? Date.now

  return create<CallState>()((set, get) => {
    const link = createCallLink(deps, { set, get })
    const { join, leave } = link

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
        if (get().callId === callId)
          set({ context: { status: 'error', data: null, error: errorText(error) } })
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
            set({ calling: false, callNextProblem: { code, message: errorText(error) } })
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
            set({ calling: false, error: errorText(error) })
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
            set({ error: errorText(error) })
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
            set({ error: errorText(error) })
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
            set({ wrapUp: { submitting: false, problems: [], attempt }, error: errorText(error) })
            return false
          }
        },
        ...liveCallActions(deps, { set, get }, link, { newId, now }),
        reset: () => {
          leave()
          set({ ...IDLE, calling: false, callNextProblem: null })
        },
      },
    }
  })
}

export type CallStore = ReturnType<typeof createCallStore>
