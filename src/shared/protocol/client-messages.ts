import { z } from 'zod'
import {
  MAX_CHAT_LENGTH,
  answerValueSchema,
  cobrowsePayloads,
  fieldIdSchema,
  iceCandidateSchema,
  sceneIdSchema,
  sdpSchema,
  tokenSchema,
} from './common'

// Client messages are strict: an unexpected field is an error, not silently dropped, so a client bug
// shows up at once and nothing unchecked reaches the relay.
const message = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape }).strict()

const call = { callId: tokenSchema }

/** Keep-alive and round-trip check; the server answers `pong` with the same nonce. */
export const pingMessage = message('ping', { nonce: z.string().max(64).optional() })

/** Follow a hall's queue board (numbers called and windows); without a department, every department. */
export const boardSubscribeMessage = message('board.subscribe', {
  hallId: sceneIdSchema,
  departmentId: sceneIdSchema.optional(),
})
export const boardUnsubscribeMessage = message('board.unsubscribe', {
  hallId: sceneIdSchema,
  departmentId: sceneIdSchema.optional(),
})

/** A clerk follows the waiting tickets of their departments (needs a clerk session). */
export const queueSubscribeMessage = message('queue.subscribe', {
  hallId: sceneIdSchema,
  departmentIds: z.array(sceneIdSchema).min(1).max(64),
})
export const queueUnsubscribeMessage = message('queue.unsubscribe', { hallId: sceneIdSchema })

/**
 * The ticket's holder follows its position and wait. `token` is the secret handed out with the ticket,
 * for holders without a sign-in (2D mode, proxy helpers); the server checks it.
 */
export const ticketWatchMessage = message('ticket.watch', {
  ticketId: tokenSchema,
  token: z.string().min(16).max(128).optional(),
})
export const ticketUnwatchMessage = message('ticket.unwatch', { ticketId: tokenSchema })

/** Join or leave a call's signalling; only the ticket's holder and its assigned clerk are let in. */
export const callJoinMessage = message('call.join', {
  ...call,
  token: z.string().min(16).max(128).optional(),
})
export const callLeaveMessage = message('call.leave', call)

/** WebRTC signalling, relayed to the other party of the call. An ICE restart is a new offer. */
export const signalOfferMessage = message('signal.offer', { ...call, sdp: sdpSchema })
export const signalAnswerMessage = message('signal.answer', { ...call, sdp: sdpSchema })
export const signalIceMessage = message('signal.ice', { ...call, candidate: iceCandidateSchema })

/** A chat line; `clientId` lets a resend after a reconnect be recognised as the same line. */
export const chatSendMessage = message('chat.send', {
  ...call,
  text: z.string().trim().min(1).max(MAX_CHAT_LENGTH),
  clientId: tokenSchema.optional(),
})

/** Co-browsing, citizen side: the whole form state when the call starts or after a reconnect. */
export const cobrowseSnapshotMessage = message('cobrowse.snapshot', {
  ...call,
  ...cobrowsePayloads.snapshot,
  answers: z.record(fieldIdSchema, answerValueSchema),
})
/** Co-browsing, citizen side: one field's value as it is typed. */
export const cobrowseFieldMessage = message('cobrowse.field', { ...call, ...cobrowsePayloads.field })
/** Co-browsing, clerk side: point at a field (null clears the highlight). */
export const cobrowseHighlightMessage = message('cobrowse.highlight', {
  ...call,
  ...cobrowsePayloads.highlight,
})
/** Co-browsing, clerk side: propose a corrected value the citizen accepts or rejects. */
export const cobrowseSuggestMessage = message('cobrowse.suggest', { ...call, ...cobrowsePayloads.suggest })
/** Co-browsing, citizen side: the answer to a suggestion. */
export const cobrowseAcceptMessage = message('cobrowse.accept', { ...call, ...cobrowsePayloads.accept })
export const cobrowseRejectMessage = message('cobrowse.reject', { ...call, ...cobrowsePayloads.reject })

/** Every message a client may send, told apart by `type`. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  pingMessage,
  boardSubscribeMessage,
  boardUnsubscribeMessage,
  queueSubscribeMessage,
  queueUnsubscribeMessage,
  ticketWatchMessage,
  ticketUnwatchMessage,
  callJoinMessage,
  callLeaveMessage,
  signalOfferMessage,
  signalAnswerMessage,
  signalIceMessage,
  chatSendMessage,
  cobrowseSnapshotMessage,
  cobrowseFieldMessage,
  cobrowseHighlightMessage,
  cobrowseSuggestMessage,
  cobrowseAcceptMessage,
  cobrowseRejectMessage,
])
export type ClientMessage = z.infer<typeof clientMessageSchema>
export type ClientMessageType = ClientMessage['type']

/** The `type` of every client message, for telling an unknown type from a bad message. */
export const CLIENT_MESSAGE_TYPES: readonly ClientMessageType[] = clientMessageSchema.options.map(
  (o) => o.shape.type.value,
)
