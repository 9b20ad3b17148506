import { useEffect } from 'react'
import { usePreferencesStore } from '../app/preferences-store'
import { CHAT_INPUT_ID } from './chat-panel'
import {
  clerkApi,
  openClerkSocket,
  useClerkCallStore,
  useClerkQueueStore,
  useClerkSessionStore,
} from './clerk-stores'
import type { ClerkPrincipal } from './clerk-types'
import { shortcutFor } from './shortcuts'

/**
 * Follows the clerk's queues while signed in: opens the socket (after sign-in, so the hub knows the
 * clerk) and starts the queue feed; stops it when the clerk or their departments change.
 */
export function useQueueFollowing(clerk: ClerkPrincipal | null) {
  const clerkId = clerk?.id
  const hallId = clerk?.hallId
  const departments = clerk?.departments.join(',')
  useEffect(() => {
    if (!clerkId || !hallId || !departments) return
    const queue = useClerkQueueStore.getState().actions
    queue.follow({
      socket: openClerkSocket(clerkId),
      hallId,
      departments: departments.split(','),
      fetchQueue: () => clerkApi.queue(usePreferencesStore.getState().language),
    })
    return () => queue.stop()
  }, [clerkId, hallId, departments])
}

/**
 * Once a clerk is signed in (after `me` on load, or a sign-in), shows the call the server still has
 * open for them: a reload or a crashed browser must not leave the clerk stuck with a call they cannot
 * see. Runs after {@link useQueueFollowing} (declared after it) so the socket is already open to rejoin.
 */
export function useCallRestore(clerkId: string | undefined) {
  useEffect(() => {
    if (clerkId) void useClerkCallStore.getState().actions.restore(usePreferencesStore.getState().language)
  }, [clerkId])
}

/** The console's Alt+letter shortcuts, on the whole page while a clerk is signed in. */
export function useShortcuts(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event)
      if (!action) return
      event.preventDefault()
      const language = usePreferencesStore.getState().language
      const call = useClerkCallStore.getState()
      const session = useClerkSessionStore.getState()
      switch (action) {
        case 'callNext':
          if (session.clerk?.state !== 'away') void call.actions.callNext(language)
          break
        case 'available':
        case 'away':
          if (session.clerk?.state === 'available' || session.clerk?.state === 'away')
            void session.actions.chooseState(language, action)
          break
        case 'mute':
          call.actions.setMuted(!call.muted)
          break
        case 'camera':
          call.actions.setCameraOff(!call.cameraOff)
          break
        case 'hangUp':
          if (call.phase === 'serving') void call.actions.hangUp(language)
          break
        case 'chat':
          document.getElementById(CHAT_INPUT_ID)?.focus()
          break
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [enabled])
}
