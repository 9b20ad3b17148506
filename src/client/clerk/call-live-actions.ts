import type { AnswerValue } from './protocol-types'
import type { CallLink } from './call-link'
import type { CallState, CallStoreAccess, CallStoreDeps } from './call-store-state'
import { reduceCobrowse } from './cobrowse-model'

type LiveActions = Pick<
  CallState['actions'],
  'setMuted' | 'setCameraOff' | 'sendChat' | 'highlight' | 'suggest'
>

/**
 * The call store's actions during a call: microphone and camera toggles (through the call engine),
 * chat lines (shown `pending` until the server's echo), and pointing at or suggesting a correction to
 * a field of the citizen's live form (protocol messages on the socket).
 */
export function liveCallActions(
  deps: CallStoreDeps,
  { set, get }: CallStoreAccess,
  link: CallLink,
  ids: { newId: () => string; now: () => number },
): LiveActions {
  return {
    setMuted: (muted) => {
      link.engine()?.setMuted(muted)
      set({ muted })
    },
    setCameraOff: (off) => {
      link.engine()?.setCameraOff(off)
      set({ cameraOff: off })
    },
    sendChat: (text) => {
      const { callId } = get()
      const trimmed = text.trim()
      const socket = deps.socket()
      if (!callId || !socket || trimmed === '') return false
      const clientId = ids.newId()
      if (!socket.send({ type: 'chat.send', callId, text: trimmed, clientId })) return false
      set((s) => ({
        chat: [...s.chat, { key: clientId, from: 'clerk', text: trimmed, at: ids.now(), pending: true }],
      }))
      return true
    },
    highlight: (fieldId) => {
      const { callId } = get()
      if (!callId) return
      deps.socket()?.send({ type: 'cobrowse.highlight', callId, fieldId })
      set((s) => ({ cobrowse: reduceCobrowse(s.cobrowse, { type: 'local.highlight', fieldId }) }))
    },
    suggest: (fieldId: string, value: AnswerValue, note?: string) => {
      const { callId } = get()
      const socket = deps.socket()
      if (!callId || !socket) return
      const suggestionId = ids.newId()
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
  }
}
