import {
  SERVER_MESSAGE_TYPES,
  type ClientMessage,
  type ServerMessage,
  type ServerMessageType,
} from '../../shared/protocol'
import type { Signalling, SignallingState } from './signalling'

/** The messages a call listens to (the rest of the shared socket's traffic is someone else's). */
const CALL_MESSAGE_TYPES: readonly ServerMessageType[] = SERVER_MESSAGE_TYPES.filter(
  (type) =>
    type === 'call.joined' ||
    type === 'call.event' ||
    type === 'chat.message' ||
    type === 'error' ||
    type.startsWith('signal.') ||
    type.startsWith('cobrowse.'),
)

/**
 * The shape of the shared WebSocket client (`src/client/realtime/ws-client.ts`, `WsClient`) that the
 * call needs. Structural, so this file does not depend on that module's internals.
 */
export type WsClientLike = {
  readonly state: 'connecting' | 'open' | 'reconnecting' | 'closed'
  send(message: ClientMessage): boolean
  on<T extends ServerMessageType>(
    type: T,
    listener: (message: Extract<ServerMessage, { type: T }>) => void,
  ): () => void
  onState(listener: (state: 'connecting' | 'open' | 'reconnecting' | 'closed') => void): () => void
}

const fromClientState = (state: WsClientLike['state']): SignallingState =>
  state === 'open' ? 'open' : state === 'closed' ? 'closed' : 'connecting'

/** Call signalling over the shared WebSocket client. */
export function signallingFromWsClient(client: WsClientLike): Signalling {
  return {
    get state() {
      return fromClientState(client.state)
    },
    send: (message) => client.send(message),
    onMessage(handler) {
      const stops = CALL_MESSAGE_TYPES.map((type) => client.on(type, handler))
      return () => stops.forEach((stop) => stop())
    },
    onStateChange: (handler) => client.onState((state) => handler(fromClientState(state))),
  }
}

/**
 * A port as the clerk console defines it (open or not, messages, open changes), as call signalling.
 * @param port `{ isOpen, send, onMessage, onOpenChange }`
 */
export function signallingFromPort(port: {
  isOpen: () => boolean
  send: (message: ClientMessage) => boolean
  onMessage: (listener: (message: ServerMessage) => void) => () => void
  onOpenChange: (listener: (open: boolean) => void) => () => void
}): Signalling {
  return {
    get state(): SignallingState {
      return port.isOpen() ? 'open' : 'connecting'
    },
    send: (message) => port.send(message),
    onMessage: (handler) => port.onMessage(handler),
    onStateChange: (handler) => port.onOpenChange((open) => handler(open ? 'open' : 'connecting')),
  }
}
