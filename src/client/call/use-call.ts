import { useEffect, useRef, useSyncExternalStore } from 'react'
import type { CallSession, CallSnapshot } from './call-session'
import type { ChatLine } from './chat-model'

/** The call's state, re-rendering on every change. */
export function useCallSnapshot(session: CallSession): CallSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot)
}

/** The chat lines of a call, re-rendering when one is added or confirmed. */
export function useChatLines(session: CallSession): readonly ChatLine[] {
  return useSyncExternalStore(session.chat.subscribe, () => session.chat.lines)
}

/** A ref for a `<video>` or `<audio>` element that plays `stream` (or nothing when null). */
export function useStreamRef<E extends HTMLMediaElement>(stream: MediaStream | null) {
  const ref = useRef<E>(null)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    element.srcObject = stream
    if (stream) void element.play().catch(() => undefined) // autoplay refused: the controls still work
  }, [stream])
  return ref
}
