import { useSyncExternalStore } from 'react'
import { WsClient, type ConnectionState } from './ws-client'

/** `window.__onehallWs`: the page's realtime connection, for end-to-end tests (docs/automation.md). */
export type RealtimeAutomation = {
  state(): ConnectionState
  /** How many times a socket opened (2 after one reconnect). */
  opens(): number
  /** Drops the socket as a network failure would; the client reconnects by itself. */
  drop(): void
}

declare global {
  interface Window {
    __onehallWs?: RealtimeAutomation
  }
}

let shared: WsClient | null = null

/**
 * The page's one WebSocket to the server, made on first use: every feature (ticket watch, boards, the
 * call) shares it, so a page holds one connection whatever it shows.
 */
export function sharedWsClient(): WsClient {
  if (!shared) {
    const client = new WsClient()
    shared = client
    if (typeof window !== 'undefined') {
      window.__onehallWs = { state: () => client.state, opens: () => client.opens, drop: () => client.drop() }
      // Back online: try now rather than wait out the backoff.
      window.addEventListener('online', () => client.reconnectNow())
    }
  }
  return shared
}

/** The shared connection's state, re-rendering on change. */
export function useConnectionState(): ConnectionState {
  const client = sharedWsClient()
  return useSyncExternalStore(
    (onChange) => client.onState(onChange),
    () => client.state,
  )
}
