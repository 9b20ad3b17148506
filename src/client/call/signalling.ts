import type { ClientMessage, ServerMessage } from '../../shared/protocol'

/** Where the signalling channel is: opening (first time or again after a drop), open, or closed for good. */
export type SignallingState = 'connecting' | 'open' | 'closed'

/**
 * What the call engine needs from the WebSocket: send a message, hear messages and state changes. The
 * shared client `src/client/realtime/ws-client.ts` fits it through a small adapter; tests pass a fake.
 * After a drop the channel reconnects by itself and reports `open` again; the engine then re-joins.
 */
export interface Signalling {
  readonly state: SignallingState
  /** Sends when open; returns false (and drops the message) otherwise. */
  send(message: ClientMessage): boolean
  /** @returns a function that stops the handler */
  onMessage(handler: (message: ServerMessage) => void): () => void
  /** @returns a function that stops the handler */
  onStateChange(handler: (state: SignallingState) => void): () => void
}

/** A call message without its `callId` (the session fills it in). */
export type WithoutCallId<M> = M extends { callId: string } ? Omit<M, 'callId'> : never

/** Co-browsing messages a party sends. */
export type CobrowseOutgoing = WithoutCallId<Extract<ClientMessage, { type: `cobrowse.${string}` }>>

/** Co-browsing messages the other party sent, as relayed (with `from`). */
export type CobrowseIncoming = Extract<ServerMessage, { type: `cobrowse.${string}` }>
