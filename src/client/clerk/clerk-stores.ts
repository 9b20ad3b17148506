import { usePreferencesStore } from '../app/preferences-store'
import { createClerkApi } from './clerk-api'
import { createClerkSessionStore } from './clerk-session-store'
import { createCallStore } from './call-store'
import type { CallEngineFactory } from './call-engine-port'
import { createQueueStore } from './queue-store'
import type { RealtimePort } from './realtime-port'
import { connectSocketPort, socketUrl } from './socket-port'

// The console's three stores, made once for the page: session, queue, current call. The API reads the
// CSRF token from the session store at each call, so no token is copied anywhere else.

/** The clerk API with this page's session token. */
export const clerkApi = createClerkApi(() => useClerkSessionStore.getState().csrfToken)

/** Who is signed in, their state and CSRF token. */
export const useClerkSessionStore = createClerkSessionStore(clerkApi)

/** The clerk's live queue, callbacks and appointments. */
export const useClerkQueueStore = createQueueStore()

/**
 * The page's one socket, opened after sign-in (the hub identifies the clerk at the upgrade, so a socket
 * opened before sign-in would stay anonymous) and closed at sign-out.
 */
const socketHolder: { current: (RealtimePort & { close: () => void }) | null } = { current: null }

/** Opens the socket for a signed-in clerk (once). */
export function openClerkSocket(): RealtimePort {
  socketHolder.current ??= connectSocketPort(socketUrl(window.location))
  return socketHolder.current
}

/** Closes the socket (sign-out). */
export function closeClerkSocket() {
  socketHolder.current?.close()
  socketHolder.current = null
}

/**
 * The call engine for role clerk. Null until `createCallSession` (src/client/call) is in main; the call
 * area then offers chat and co-browsing without video.
 */
const callEngine: CallEngineFactory | null = null

/** The current call. */
export const useClerkCallStore = createCallStore({
  api: clerkApi,
  socket: () => socketHolder.current,
  engine: callEngine,
  clerkState: (state, clerk) => {
    const session = useClerkSessionStore.getState().actions
    if (clerk) session.setClerk(clerk)
    else session.serverState(state)
  },
  refreshClerk: () =>
    void useClerkSessionStore.getState().actions.check(usePreferencesStore.getState().language),
})
