import type { ClientMessage, ServerMessage } from '../../shared/protocol'

/**
 * What the console needs of the WebSocket client (`src/client/realtime/ws-client.ts`): send a message,
 * hear messages, know whether the socket is open. The console's logic is written against this, so it
 * is tested with a fake and the real client is plugged in by one adapter.
 */
export type RealtimePort = {
  isOpen: () => boolean
  /** Sends when open; false when the message could not be sent now. */
  send: (message: ClientMessage) => boolean
  onMessage: (listener: (message: ServerMessage) => void) => () => void
  /** Called on every open and close (a reconnect is a new open). */
  onOpenChange: (listener: (open: boolean) => void) => () => void
}
