import { encodeMessage, parseServerMessage, type ServerMessage } from '../../shared/protocol'
import type { Signalling, SignallingState } from './signalling'

// Stop-gap until the shared client (src/client/realtime/ws-client.ts) is in main: then this file becomes
// `signallingFromWsClient(sharedWsClient())` and the page shares one socket with the ticket UI.

const RETRY_MS = [250, 500, 1000, 2000, 4000]

/** A reconnecting WebSocket to `/api/ws` as call signalling, and `drop()` to cut it like a network failure. */
export function openPageSignalling(
  url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/api/ws`,
) {
  const messageHandlers = new Set<(message: ServerMessage) => void>()
  const stateHandlers = new Set<(state: SignallingState) => void>()
  let state: SignallingState = 'connecting'
  let socket: WebSocket | null = null
  let attempt = 0
  const setState = (next: SignallingState) => {
    if (next === state) return
    state = next
    for (const handler of stateHandlers) handler(next)
  }
  const connect = () => {
    const ws = new WebSocket(url)
    socket = ws
    ws.onopen = () => {
      attempt = 0
      setState('open')
    }
    ws.onmessage = (event) => {
      if (typeof event.data !== 'string') return
      const parsed = parseServerMessage(event.data)
      if (parsed.ok) for (const handler of messageHandlers) handler(parsed.message)
    }
    ws.onclose = () => {
      if (socket !== ws || state === 'closed') return
      setState('connecting')
      const delay = RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]! * (0.5 + Math.random() / 2)
      setTimeout(connect, delay)
    }
  }
  connect()
  const signalling: Signalling = {
    get state() {
      return state
    },
    send(message) {
      if (state !== 'open' || socket?.readyState !== WebSocket.OPEN) return false
      socket.send(encodeMessage(message))
      return true
    },
    onMessage(handler) {
      messageHandlers.add(handler)
      return () => messageHandlers.delete(handler)
    },
    onStateChange(handler) {
      stateHandlers.add(handler)
      return () => stateHandlers.delete(handler)
    },
  }
  return {
    signalling,
    /** Closes the socket as a network failure would; it reconnects by itself. */
    drop: () => socket?.close(4000, 'dropped for a test'),
    close() {
      setState('closed')
      socket?.close()
    },
  }
}

export type PageChannel = ReturnType<typeof openPageSignalling>

let channel: PageChannel | null = null

/** The page's one signalling socket, opened on first use (like the shared WS client it stands in for). */
export function pageSignalling(): PageChannel {
  channel ??= openPageSignalling()
  return channel
}
