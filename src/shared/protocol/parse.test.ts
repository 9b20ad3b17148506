import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CLIENT_MESSAGE_TYPES, type ClientMessage } from './client-messages'
import { MAX_MESSAGE_BYTES } from './common'
import { encodeMessage, parseClientMessage, parseServerMessage, utf8Length } from './parse'

const offer = { type: 'signal.offer', callId: 'call_1', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n' }

function errorCode(raw: Parameters<typeof parseClientMessage>[0]) {
  const result = parseClientMessage(raw)
  return result.ok ? 'ok' : result.error.code
}

describe('parseClientMessage accepts', () => {
  const good: ClientMessage[] = [
    { type: 'ping', nonce: 'n1' },
    { type: 'board.subscribe', hallId: 'city-centre' },
    { type: 'board.subscribe', hallId: 'city-centre', departmentId: 'social-security' },
    { type: 'queue.subscribe', hallId: 'city-centre', departmentIds: ['social-security', 'housing'] },
    { type: 'ticket.watch', ticketId: 't-123', token: 'abcdefghijklmnopqrstuvwxyz' },
    { type: 'call.join', callId: 'c1' },
    { type: 'signal.offer', callId: 'c1', sdp: 'v=0' },
    { type: 'signal.answer', callId: 'c1', sdp: 'v=0' },
    {
      type: 'signal.ice',
      callId: 'c1',
      candidate: { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 },
    },
    { type: 'signal.ice', callId: 'c1', candidate: null },
    { type: 'chat.send', callId: 'c1', text: '您好，请问需要带什么材料？', clientId: 'x1' },
    {
      type: 'cobrowse.snapshot',
      callId: 'c1',
      serviceId: 'senior-card',
      pageId: 'applicant',
      answers: { 'full-name': '张三', age: 70 },
    },
    { type: 'cobrowse.field', callId: 'c1', fieldId: 'full-name', value: '张三' },
    { type: 'cobrowse.field', callId: 'c1', fieldId: 'address', value: { province: 'x', city: 'y' } },
    { type: 'cobrowse.highlight', callId: 'c1', fieldId: null },
    {
      type: 'cobrowse.suggest',
      callId: 'c1',
      suggestionId: 's1',
      fieldId: 'mobile',
      value: '13800138000',
      note: 'one digit short',
    },
    { type: 'cobrowse.accept', callId: 'c1', suggestionId: 's1' },
    { type: 'cobrowse.reject', callId: 'c1', suggestionId: 's1' },
  ]

  it.each(good.map((m) => [m.type, m] as const))('%s', (_type, message) => {
    const result = parseClientMessage(JSON.stringify(message))
    expect(result).toEqual({ ok: true, message })
  })

  it('from a Buffer, an ArrayBuffer and fragments', () => {
    const text = JSON.stringify(offer)
    const bytes = new TextEncoder().encode(text)
    expect(parseClientMessage(Buffer.from(text)).ok).toBe(true)
    expect(parseClientMessage(bytes.buffer.slice(0) as ArrayBuffer).ok).toBe(true)
    expect(parseClientMessage([bytes.subarray(0, 10), bytes.subarray(10)])).toEqual({
      ok: true,
      message: offer,
    })
  })

  it('knows every type in the union', () => {
    expect(CLIENT_MESSAGE_TYPES).toContain('signal.ice')
    expect(new Set(CLIENT_MESSAGE_TYPES).size).toBe(CLIENT_MESSAGE_TYPES.length)
  })
})

describe('parseClientMessage refuses', () => {
  it('text that is not JSON, or not UTF-8, as malformed', () => {
    expect(errorCode('{"type":"ping"')).toBe('malformed')
    expect(errorCode('')).toBe('malformed')
    expect(errorCode(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))).toBe('malformed')
  })

  it('anything over 64 KiB as too_large, before parsing it', () => {
    const padding = 'x'.repeat(MAX_MESSAGE_BYTES)
    expect(errorCode(JSON.stringify({ type: 'chat.send', callId: 'c', text: padding }))).toBe('too_large')
    expect(errorCode(Buffer.alloc(MAX_MESSAGE_BYTES + 1, 0x20))).toBe('too_large')
    expect(errorCode([Buffer.alloc(MAX_MESSAGE_BYTES), Buffer.from('{}')])).toBe('too_large')
    // 30 000 Chinese characters are 90 000 UTF-8 bytes although the string is only 30 000 units long.
    expect(errorCode(JSON.stringify({ type: 'ping', nonce: '办'.repeat(30_000) }))).toBe('too_large')
    // Right at the limit is still read (and then judged on its fields).
    const exact = `{"type":"ping","nonce":"${'y'.repeat(MAX_MESSAGE_BYTES - 26)}"}`
    expect(utf8Length(exact)).toBe(MAX_MESSAGE_BYTES)
    expect(errorCode(exact)).toBe('invalid')
  })

  it('a type it does not know as unknown_type', () => {
    const result = parseClientMessage('{"type":"admin.shutdown"}')
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown_type', message: expect.stringContaining('admin.shutdown') },
    })
    // Server-only messages are unknown coming from a client.
    expect(
      errorCode(
        JSON.stringify({ type: 'board.update', hallId: 'h', departmentId: null, called: [], waiting: [] }),
      ),
    ).toBe('unknown_type')
  })

  it('JSON that is not a typed object as invalid', () => {
    for (const raw of ['null', '42', '"ping"', '[{"type":"ping"}]', '{}', '{"type":7}'])
      expect(errorCode(raw)).toBe('invalid')
  })

  it('wrong field types as invalid, naming the field', () => {
    const result = parseClientMessage(JSON.stringify({ ...offer, sdp: 12 }))
    expect(result).toEqual({ ok: false, error: { code: 'invalid', message: expect.stringContaining('sdp') } })
    expect(errorCode(JSON.stringify({ type: 'chat.send', callId: 'c', text: '   ' }))).toBe('invalid')
    expect(errorCode(JSON.stringify({ type: 'signal.ice', callId: 'c', candidate: { candidate: 5 } }))).toBe(
      'invalid',
    )
    expect(errorCode(JSON.stringify({ type: 'board.subscribe', hallId: 'City Centre' }))).toBe('invalid')
    expect(errorCode(JSON.stringify({ type: 'call.join', callId: '../../etc' }))).toBe('invalid')
    expect(errorCode(JSON.stringify({ type: 'cobrowse.field', callId: 'c', fieldId: 'name' }))).toBe(
      'invalid',
    )
  })

  it('fields it does not expect', () => {
    expect(errorCode(JSON.stringify({ ...offer, admin: true }))).toBe('invalid')
    expect(errorCode('{"type":"ping","__proto__":{"polluted":1}}')).toBe('invalid')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('absurdly deep JSON without throwing', () => {
    const deep = `{"type":"cobrowse.field","callId":"c","fieldId":"f","value":${'['.repeat(20_000)}${']'.repeat(20_000)}}`
    expect(deep.length).toBeLessThan(MAX_MESSAGE_BYTES)
    expect(() => parseClientMessage(deep)).not.toThrow()
    expect(['ok', 'invalid']).toContain(errorCode(deep))
  })
})

describe('parse never throws', () => {
  it('on arbitrary text, JSON and bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.uint8Array(),
          fc
            .record({
              type: fc.constantFrom(...CLIENT_MESSAGE_TYPES, 'x'),
              callId: fc.jsonValue(),
              text: fc.jsonValue(),
            })
            .map((o) => JSON.stringify(o)),
        ),
        (raw) => {
          const client = parseClientMessage(raw)
          const server = parseServerMessage(raw)
          for (const result of [client, server])
            if (!result.ok)
              expect(['malformed', 'too_large', 'unknown_type', 'invalid']).toContain(result.error.code)
        },
      ),
    )
  })
})

describe('utf8Length', () => {
  it('agrees with TextEncoder, lone surrogates included', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('办', '😀', 'é'),
    )
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length)
      }),
    )
  })

  it('lets a Chinese message right at the limit through the size check', () => {
    const overhead = utf8Length('{"type":"ping","nonce":""}')
    const chinese = Math.floor((MAX_MESSAGE_BYTES - overhead) / 3)
    const filler = 'y'.repeat(MAX_MESSAGE_BYTES - overhead - chinese * 3)
    const atLimit = `{"type":"ping","nonce":"${'办'.repeat(chinese)}${filler}"}`
    expect(utf8Length(atLimit)).toBe(MAX_MESSAGE_BYTES)
    expect(errorCode(atLimit)).toBe('invalid')
    expect(errorCode(atLimit.replace('办', '办y'))).toBe('too_large')
  })
})

describe('server messages', () => {
  it('round-trip through encode and parse, ignoring fields a newer server adds', () => {
    const update = {
      type: 'ticket.update' as const,
      ticketId: 't1',
      number: 'A023',
      departmentId: 'social-security',
      status: 'waiting' as const,
      position: 2,
      wait: { kind: 'estimate' as const, waitMs: 300_000, basis: 'history' as const },
      counterNumber: null,
      callId: null,
    }
    expect(parseServerMessage(encodeMessage(update))).toEqual({ ok: true, message: update })
    expect(parseServerMessage(JSON.stringify({ ...update, colour: 'red' }))).toEqual({
      ok: true,
      message: update,
    })
    expect(parseServerMessage(JSON.stringify({ ...update, position: 0 })).ok).toBe(false)
    const error = { type: 'error', code: 'forbidden', message: 'Not your call.' }
    expect(parseServerMessage(JSON.stringify(error))).toEqual({ ok: true, message: error })
  })
})
