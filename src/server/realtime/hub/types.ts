import type { FastifyRequest } from 'fastify'
import type { z } from 'zod'
import type { CallRole, ServerMessage, iceServerSchema } from '../../../shared/protocol'

/** One kind of server message, by its `type`. */
export type ServerMessageOf<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>
type TicketUpdateMessage = ServerMessageOf<'ticket.update'>
type BoardUpdateMessage = ServerMessageOf<'board.update'>
type QueueUpdateMessage = ServerMessageOf<'queue.update'>

/** An RTCIceServer as sent in `call.joined`. */
export type IceServer = z.infer<typeof iceServerSchema>

/** What the hub needs to know about a signed-in clerk (the clerk module's `ClerkPrincipal` fits). */
export type HubClerk = {
  id: string
  hallId: string
  /** The departments the clerk serves (their skills). */
  departments: readonly string[]
  /** Supervisors may follow every department of their hall. */
  isSupervisor: boolean
}

/** The party of a call a connection was let in as (the calls module's `CallParty` fits). */
export type HubCallParty = { callId: string; role: CallRole }

/** A chat line once stored; `duplicate` when that `clientId` was already saved for the call. */
export type SavedChatLine = { id: string; at: number; duplicate: boolean }

/**
 * Everything the hub asks of the rest of the server. The hub itself holds no database handle: the
 * route binds these to the real queue, clerk and call modules; tests pass fakes.
 */
export interface HubDeps {
  /** The clerk signed in on the upgrade request, or null. */
  clerkFromRequest(request: FastifyRequest): Promise<HubClerk | null>
  /** The signed-in citizen's id on the upgrade request, or null. */
  currentCitizenId(request: FastifyRequest): Promise<string | null>
  /** Whether `token` is the ticket's holder secret (constant-time). */
  verifyTicketToken(ticketId: string, token: string): Promise<boolean>
  /** Whether the signed-in citizen took that ticket (holders without a token). */
  ticketOwnedBy(ticketId: string, citizenId: string): Promise<boolean>
  /** The queue (hall and department) a ticket is in, or null when there is no such ticket. */
  ticketQueue(ticketId: string): Promise<{ hallId: string; departmentId: string } | null>
  /** The ticket as its holder sees it now, or null when there is no such ticket. */
  readTicketView(ticketId: string): Promise<TicketUpdateMessage | null>
  /** The hall's board now, or null when there is no such hall. */
  readBoard(hallId: string): Promise<BoardUpdateMessage | null>
  /** One department's waiting tickets now. */
  readDepartmentQueue(hallId: string, departmentId: string): Promise<QueueUpdateMessage>
  /** Who may join the call's signalling: the ticket's holder or the assigned clerk; null for anyone else. */
  authorizeCallJoin(
    callId: string,
    who: { clerkId: string | null; token: string | null; citizenId: string | null },
  ): Promise<HubCallParty | null>
  /** Stores a chat line once per `clientId`. */
  saveChatLine(callId: string, sender: CallRole, text: string, clientId?: string): Promise<SavedChatLine>
  /** STUN/TURN servers for this party of this call (TURN credentials made per call, short-lived). */
  iceServersFor(callId: string, role: CallRole): IceServer[]
  /**
   * Told when a signed-in clerk's socket opens and closes (the clerk module's `ClerkPresence` fits):
   * a clerk is on duty only while a console of theirs is connected. @default nobody is told
   */
  clerkPresence?: { opened(clerkId: string): void; closed(clerkId: string): void }
  /** Where unexpected failures are reported. @default console.error */
  reportError?(error: unknown, context: string): void
}

/** Limits and timings of the hub; tests shorten them. */
export type HubOptions = {
  /** Largest accepted message in bytes. @default MAX_MESSAGE_BYTES (64 KiB) */
  maxMessageBytes: number
  /** Messages a connection may send in a burst. @default 100 */
  rateBurst: number
  /** Messages per second a connection may keep sending. @default 50 */
  ratePerSecond: number
  /** How often sockets are pinged; one missing pong in a row closes the socket. @default 30000 */
  heartbeatMs: number
  /** Subscriptions (tickets, boards, queues, calls) one connection may hold. @default 64 */
  maxSubscriptions: number
  /** The clock (epoch ms). @default Date.now */
  now: () => number
}

export const DEFAULT_HUB_OPTIONS: Omit<HubOptions, 'maxMessageBytes' | 'now'> = {
  rateBurst: 100,
  ratePerSecond: 50,
  heartbeatMs: 30_000,
  maxSubscriptions: 64,
}
