import { encodeMessage, parseServerMessage, type ServerMessage } from '../../shared/protocol'
import type { RealtimePort } from './realtime-port'

/** The browser WebSocket as far as this adapter uses it (tests pass a fake class). */
export type SocketLike = {
  readyState: number
  send: (text: string) => void
  close: () => void
  onopen: (() => void) | null
  onclose: (() => void) | null
  onmessage: ((event: { data: unknown }) => void) | null
}

const OPEN = 1
const MAX_BACKOFF_MS = 15_000

/** The socket address on this page's origin (`ws:` or `wss:` like the page). */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/ws`
}

/**
 * A {@link RealtimePort} over one WebSocket to `/api/ws` that reconnects with backoff and jitter. The
 * session cookie goes with the upgrade, so the hub knows the clerk. Stands in for the shared
 * `src/client/realtime/ws-client.ts` until that lands; the console only sees the port either way.
 * @param open makes a socket (default: the browser's WebSocket)
 */
export function connectSocketPort(
  url: string,
  open: (url: string) => SocketLike = (u) => new WebSocket(u) as unknown as SocketLike,
  random: () => number = Math.random,
): RealtimePort & { close: () => void } {
  const messageListeners = new Set<(message: ServerMessage) => void>()
  const openListeners = new Set<(open: boolean) => void>()
  let socket: SocketLike | null = null
  let attempts = 0
  let closed = false
  let retry: ReturnType<typeof setTimeout> | null = null

  const connect = () => {
    const current = open(url)
    socket = current
    current.onopen = () => {
      attempts = 0
      openListeners.forEach((l) => l(true))
    }
    current.onmessage = (event) => {
      if (typeof event.data !== 'string') return
      const parsed = parseServerMessage(event.data)
      if (parsed.ok) messageListeners.forEach((l) => l(parsed.message))
    }
    current.onclose = () => {
      if (socket !== current) return
      socket = null
      openListeners.forEach((l) => l(false))
      if (closed) return
      // Exponential backoff with jitter, so a restarted server is not hit by every desk at once.
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempts) * (0.5 + random() / 2)
      attempts++
      retry = setTimeout(connect, delay)
    }
  }
  connect()

  return {
    isOpen: () => socket?.readyState === OPEN,
    send: (message) => {
      if (socket?.readyState !== OPEN) return false
      socket.send(encodeMessage(message))
      return true
    },
    onMessage: (listener) => {
      messageListeners.add(listener)
      return () => messageListeners.delete(listener)
    },
    onOpenChange: (listener) => {
      openListeners.add(listener)
      return () => openListeners.delete(listener)
    },
    close: () => {
      closed = true
      if (retry) clearTimeout(retry)
      socket?.close()
    },
  }
}
