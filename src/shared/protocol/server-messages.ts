import { z } from 'zod'
import { TICKET_STATUSES } from '../queue/ticket'
import {
  MAX_CHAT_LENGTH,
  PROTOCOL_ERROR_CODES,
  answerValueSchema,
  cobrowsePayloads,
  callRoleSchema,
  iceCandidateSchema,
  sceneIdSchema,
  sdpSchema,
  tokenSchema,
} from './common'

// Server messages are not strict: a client built before the server learnt a new field ignores it
// rather than treating the whole message as broken.
const message = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape })

const time = z.number().int().nonnegative()
const relayed = { callId: tokenSchema, from: callRoleSchema }

/** The answer to `ping`, with the server's clock (epoch ms) for display of relative times. */
export const pongMessage = message('pong', { nonce: z.string().max(64).optional(), at: time })

/** An estimate in milliseconds, or `no-clerk` when nobody of the department is on duty. */
export const waitSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('estimate'),
    waitMs: z.number().nonnegative(),
    basis: z.enum(['history', 'default']),
  }),
  z.object({ kind: z.literal('no-clerk') }),
])

/** A watched ticket changed: its place, wait, status, and once called, the window to go to. */
export const ticketUpdateMessage = message('ticket.update', {
  ticketId: tokenSchema,
  number: z.string(),
  departmentId: sceneIdSchema,
  status: z.enum(TICKET_STATUSES),
  /** 1 = next; null once the ticket is no longer waiting. */
  position: z.number().int().positive().nullable(),
  wait: waitSchema.nullable(),
  counterNumber: z.string().nullable(),
  callId: tokenSchema.nullable(),
  /** The counter it is (or was) called to, so a client can find that window in the scene. */
  counterId: sceneIdSchema.nullable().optional(),
})

/** One line of a queue board: a number called and the window it is called to. */
export const calledNumberSchema = z.object({
  number: z.string(),
  departmentId: sceneIdSchema,
  counterId: sceneIdSchema,
  counterNumber: z.string(),
  calledAt: time,
})

/** A queue board's content: the latest numbers called, newest first, and how many wait per department. */
export const boardUpdateMessage = message('board.update', {
  hallId: sceneIdSchema,
  departmentId: sceneIdSchema.nullable(),
  called: z.array(calledNumberSchema).max(50),
  waiting: z.array(z.object({ departmentId: sceneIdSchema, count: z.number().int().nonnegative() })),
})

/** A clerk's live queue: the waiting tickets of one department in call order. */
export const queueUpdateMessage = message('queue.update', {
  hallId: sceneIdSchema,
  departmentId: sceneIdSchema,
  waiting: z.array(
    z.object({
      ticketId: tokenSchema,
      number: z.string(),
      issuedAt: time,
      position: z.number().int().positive(),
      flags: z.array(z.string()).default([]),
    }),
  ),
})

/** STUN/TURN servers as `RTCIceServer`; TURN credentials are short-lived. */
export const iceServerSchema = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.string().optional(),
  credential: z.string().optional(),
})

/** The sender joined a call's signalling: its role and the ICE servers to use. */
export const callJoinedMessage = message('call.joined', {
  callId: tokenSchema,
  role: callRoleSchema,
  iceServers: z.array(iceServerSchema),
})

/** Something happened to a call: the other party joined, dropped, came back, or the call ended. */
export const callEventMessage = message('call.event', {
  callId: tokenSchema,
  event: z.enum(['peer-joined', 'peer-left', 'peer-reconnecting', 'ended']),
  role: callRoleSchema.optional(),
  at: time,
})

export const signalOfferRelay = message('signal.offer', { ...relayed, sdp: sdpSchema })
export const signalAnswerRelay = message('signal.answer', { ...relayed, sdp: sdpSchema })
export const signalIceRelay = message('signal.ice', { ...relayed, candidate: iceCandidateSchema })

/** A chat line as stored and relayed to both parties (the sender gets it back as confirmation). */
export const chatMessage = message('chat.message', {
  ...relayed,
  id: tokenSchema,
  clientId: tokenSchema.optional(),
  text: z.string().max(MAX_CHAT_LENGTH),
  at: time,
})

export const cobrowseSnapshotRelay = message('cobrowse.snapshot', {
  ...relayed,
  ...cobrowsePayloads.snapshot,
  answers: z.record(z.string(), answerValueSchema),
})
export const cobrowseFieldRelay = message('cobrowse.field', { ...relayed, ...cobrowsePayloads.field })
export const cobrowseHighlightRelay = message('cobrowse.highlight', {
  ...relayed,
  ...cobrowsePayloads.highlight,
})
export const cobrowseSuggestRelay = message('cobrowse.suggest', { ...relayed, ...cobrowsePayloads.suggest })
export const cobrowseAcceptRelay = message('cobrowse.accept', { ...relayed, ...cobrowsePayloads.accept })
export const cobrowseRejectRelay = message('cobrowse.reject', { ...relayed, ...cobrowsePayloads.reject })

/** Something the client sent was refused; the connection stays open. */
export const errorMessage = message('error', {
  code: z.enum(PROTOCOL_ERROR_CODES),
  message: z.string(),
})

/** Every message the server sends, told apart by `type`. */
export const serverMessageSchema = z.discriminatedUnion('type', [
  pongMessage,
  ticketUpdateMessage,
  boardUpdateMessage,
  queueUpdateMessage,
  callJoinedMessage,
  callEventMessage,
  signalOfferRelay,
  signalAnswerRelay,
  signalIceRelay,
  chatMessage,
  cobrowseSnapshotRelay,
  cobrowseFieldRelay,
  cobrowseHighlightRelay,
  cobrowseSuggestRelay,
  cobrowseAcceptRelay,
  cobrowseRejectRelay,
  errorMessage,
])
export type ServerMessage = z.infer<typeof serverMessageSchema>
export type ServerMessageType = ServerMessage['type']

/** The `type` of every server message. */
export const SERVER_MESSAGE_TYPES: readonly ServerMessageType[] = serverMessageSchema.options.map(
  (o) => o.shape.type.value,
)
