import { z } from 'zod'
import { flowIdSchema } from '../flow/flow-id'
import { idSchema } from '../scene/schema'

/** No WebSocket message, either way, may be larger than this (UTF-8 bytes). */
export const MAX_MESSAGE_BYTES = 64 * 1024

/** The longest chat line, in characters; the chat table stores it in a varchar(1000). */
export const MAX_CHAT_LENGTH = 1000

/** Hall and department ids, as in the scene files. */
export const sceneIdSchema = idSchema

/** A field of a form flow, as in the flow files. */
export const fieldIdSchema = flowIdSchema

/** Server-made ids (tickets, calls, suggestions, chat lines): URL-safe tokens. */
export const tokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, "_" and "-"')
  .min(1)
  .max(64)

/** The two parties of a call. */
export const callRoleSchema = z.enum(['citizen', 'clerk'])
export type CallRole = z.infer<typeof callRoleSchema>

/** A session description as `RTCSessionDescription.sdp` gives it. */
export const sdpSchema = z.string().min(1).max(60_000)

/**
 * An ICE candidate as `RTCIceCandidate.toJSON()` gives it, or null for "end of candidates". Browsers send
 * null or omit the optional parts, so both are accepted.
 */
export const iceCandidateSchema = z
  .object({
    candidate: z.string().max(4096),
    sdpMid: z.string().max(256).nullish(),
    sdpMLineIndex: z.number().int().min(0).max(1024).nullish(),
    usernameFragment: z.string().max(256).nullish(),
  })
  .strict()
  .nullable()
export type IceCandidate = z.infer<typeof iceCandidateSchema>

/** An answer to a form field: any JSON value (text, number, choice list, address object). */
export const answerValueSchema = z.json()

/** Error codes sent in `error` messages; clients switch on these, never on the message text. */
export const PROTOCOL_ERROR_CODES = [
  'malformed',
  'too_large',
  'unknown_type',
  'invalid',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'internal',
] as const
export type ProtocolErrorCode = (typeof PROTOCOL_ERROR_CODES)[number]

/**
 * The payload of each co-browsing message, the same whether a client sends it or the server relays it
 * (the relay adds who sent it). Snapshot answers are keyed differently per side, so they are not here.
 */
export const cobrowsePayloads = {
  snapshot: { serviceId: sceneIdSchema, pageId: fieldIdSchema.nullable() },
  field: { fieldId: fieldIdSchema, value: answerValueSchema },
  highlight: { fieldId: fieldIdSchema.nullable() },
  suggest: {
    suggestionId: tokenSchema,
    fieldId: fieldIdSchema,
    value: answerValueSchema,
    note: z.string().max(500).optional(),
  },
  accept: { suggestionId: tokenSchema },
  reject: { suggestionId: tokenSchema },
}
