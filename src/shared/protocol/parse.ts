import type { z } from 'zod'
import { CLIENT_MESSAGE_TYPES, clientMessageSchema, type ClientMessage } from './client-messages'
import { MAX_MESSAGE_BYTES } from './common'
import { SERVER_MESSAGE_TYPES, serverMessageSchema, type ServerMessage } from './server-messages'

/** Why a message was refused. `malformed`: not UTF-8 JSON; `too_large`: over the size limit; `unknown_type`: a
 * JSON object whose `type` is not one we know; `invalid`: anything else wrong with its shape or fields. */
export type ParseErrorCode = 'malformed' | 'too_large' | 'unknown_type' | 'invalid'
export type ParseError = { code: ParseErrorCode; message: string }
export type ParseResult<M> = { ok: true; message: M } | { ok: false; error: ParseError }

/** What a WebSocket library hands over: text, a buffer (Node's Buffer is a Uint8Array), or fragments. */
export type RawMessage = string | Uint8Array | ArrayBuffer | readonly Uint8Array[]

const MAX_ISSUES_REPORTED = 3

/** UTF-8 length of a string without encoding it (lone surrogates count 3, as TextEncoder writes U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

function tooLarge(bytes: number | string, maxBytes: number): ParseError {
  return { code: 'too_large', message: `The message is ${bytes} bytes; the limit is ${maxBytes}.` }
}

function decode(
  raw: RawMessage,
  maxBytes: number,
): { ok: true; text: string } | { ok: false; error: ParseError } {
  if (typeof raw === 'string') {
    // A UTF-8 byte per UTF-16 unit at least, three at most: only count when it is close.
    if (raw.length > maxBytes) return { ok: false, error: tooLarge(`over ${maxBytes}`, maxBytes) }
    if (raw.length * 3 > maxBytes) {
      const bytes = utf8Length(raw)
      if (bytes > maxBytes) return { ok: false, error: tooLarge(bytes, maxBytes) }
    }
    return { ok: true, text: raw }
  }
  let bytes: Uint8Array
  if (raw instanceof ArrayBuffer) bytes = new Uint8Array(raw)
  else if (raw instanceof Uint8Array) bytes = raw
  else {
    const total = raw.reduce((sum, part) => sum + part.byteLength, 0)
    if (total > maxBytes) return { ok: false, error: tooLarge(total, maxBytes) }
    bytes = new Uint8Array(total)
    let offset = 0
    for (const part of raw) {
      bytes.set(part, offset)
      offset += part.byteLength
    }
  }
  if (bytes.byteLength > maxBytes) return { ok: false, error: tooLarge(bytes.byteLength, maxBytes) }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, error: { code: 'malformed', message: 'The message is not valid UTF-8 text.' } }
  }
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const listed = issues
    .slice(0, MAX_ISSUES_REPORTED)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(message)'}: ${issue.message}`)
  const more = issues.length > MAX_ISSUES_REPORTED ? ` (and ${issues.length - MAX_ISSUES_REPORTED} more)` : ''
  return `${listed.join('; ')}${more}`
}

/**
 * Reads one message against a schema of `type`-tagged messages. Never throws: any failure, including a
 * stack overflow on absurdly deep JSON, comes back as a ParseError.
 */
export function parseMessage<M>(
  raw: RawMessage,
  schema: z.ZodType<M>,
  knownTypes: readonly string[],
  maxBytes: number = MAX_MESSAGE_BYTES,
): ParseResult<M> {
  try {
    const decoded = decode(raw, maxBytes)
    if (!decoded.ok) return decoded
    let data: unknown
    try {
      data = JSON.parse(decoded.text)
    } catch {
      return { ok: false, error: { code: 'malformed', message: 'The message is not valid JSON.' } }
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      return { ok: false, error: { code: 'invalid', message: 'A message is a JSON object with a "type".' } }
    const type: unknown = (data as Record<string, unknown>).type
    if (typeof type !== 'string')
      return { ok: false, error: { code: 'invalid', message: 'The message has no "type" text.' } }
    if (!knownTypes.includes(type))
      return {
        ok: false,
        error: {
          code: 'unknown_type',
          message: `Unknown message type ${JSON.stringify(type.slice(0, 40))}.`,
        },
      }
    const result = schema.safeParse(data)
    if (!result.success)
      return {
        ok: false,
        error: { code: 'invalid', message: `Bad ${type} message: ${describeIssues(result.error.issues)}` },
      }
    return { ok: true, message: result.data }
  } catch {
    return { ok: false, error: { code: 'invalid', message: 'The message could not be read.' } }
  }
}

/** Reads a message from a client (the server's side). Never throws. @param maxBytes @default 64 KiB */
export function parseClientMessage(
  raw: RawMessage,
  maxBytes: number = MAX_MESSAGE_BYTES,
): ParseResult<ClientMessage> {
  return parseMessage(raw, clientMessageSchema, CLIENT_MESSAGE_TYPES, maxBytes)
}

/** Reads a message from the server (the browser's side). Never throws. @param maxBytes @default 64 KiB */
export function parseServerMessage(
  raw: RawMessage,
  maxBytes: number = MAX_MESSAGE_BYTES,
): ParseResult<ServerMessage> {
  return parseMessage(raw, serverMessageSchema, SERVER_MESSAGE_TYPES, maxBytes)
}

/** Serialises a message for `socket.send`. */
export function encodeMessage(message: ClientMessage | ServerMessage): string {
  return JSON.stringify(message)
}
