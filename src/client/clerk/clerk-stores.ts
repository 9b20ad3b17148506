import { usePreferencesStore } from '../app/preferences-store'
import { createClerkApi } from './clerk-api'
import { createClerkSessionStore } from './clerk-session-store'
import { createCallStore } from './call-store'
import { sharedWsClient } from '../realtime/shared-client'
import { clerkCallEngine } from './call-engine-adapter'
import { createQueueStore } from './queue-store'
import type { RealtimePort } from './realtime-port'
import { portFromWsClient } from './ws-port'

// The console's three stores, made once for the page: session, queue, current call. The API reads the
// CSRF token from the session store at each call, so no token is copied anywhere else.

/** The clerk API with this page's session token. */
export const clerkApi = createClerkApi(() => useClerkSessionStore.getState().csrfToken)

/** Who is signed in, their state and CSRF token. */
export const useClerkSessionStore = createClerkSessionStore(clerkApi)

/** The clerk's live queue, callbacks and appointments. */
export const useClerkQueueStore = createQueueStore()

/**
 * The console's port on the page's shared socket. The hub identifies the clerk when the socket opens,
 * so a socket opened before this sign-in (signed out, or another clerk) is dropped once to reconnect
 * with the new session cookie.
 */
const socketHolder: { port: RealtimePort | null; openedFor: string | null } = { port: null, openedFor: null }

/** The socket port for the signed-in clerk `clerkId`. */
export function openClerkSocket(clerkId: string): RealtimePort {
  const client = sharedWsClient()
  if (socketHolder.openedFor !== null && socketHolder.openedFor !== clerkId) client.drop()
  socketHolder.openedFor = clerkId
  socketHolder.port ??= portFromWsClient(client)
  return socketHolder.port
}

/** After sign-out: the next sign-in reconnects the socket as the new clerk. */
export function closeClerkSocket() {
  if (socketHolder.openedFor !== null) socketHolder.openedFor = ''
}

/** The current call. */
export const useClerkCallStore = createCallStore({
  api: clerkApi,
  socket: () => socketHolder.port,
  // The shared call engine (src/client/call), role clerk: camera, microphone, WebRTC.
  engine: clerkCallEngine(),
  clerkState: (state, clerk) => {
    const session = useClerkSessionStore.getState().actions
    if (clerk) session.setClerk(clerk)
    else session.serverState(state)
  },
  refreshClerk: () =>
    void useClerkSessionStore.getState().actions.check(usePreferencesStore.getState().language),
})
