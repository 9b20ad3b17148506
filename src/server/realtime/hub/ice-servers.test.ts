import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { NO_ICE, iceServersFor, turnRestCredentials } from './ice-servers'

describe('turnRestCredentials', () => {
  it('makes coturn REST credentials: expiry:callId signed with HMAC-SHA1, base64', () => {
    const now = Date.UTC(2026, 10, 30, 8, 0, 0)
    const { username, credential } = turnRestCredentials('s3cret', 'call-1', 600, now)
    expect(username).toBe('1796026200:call-1')
    // Computed independently (Python's hmac module), as coturn computes it for use-auth-secret.
    expect(credential).toBe('K83BoWbL1IcWw4sY8ebX6fRoo04=')
  })

  it('expires: the username carries a time in the future by the ttl, different per call', () => {
    const a = turnRestCredentials('k', 'a', 60, 1_000_000)
    const b = turnRestCredentials('k', 'b', 60, 1_000_000)
    expect(a.username.split(':')[0]).toBe('1060')
    expect(a.credential).not.toBe(b.credential)
  })
})

describe('iceServersFor', () => {
  it('is empty with no configuration (host candidates only)', () => {
    expect(iceServersFor(NO_ICE, 'c')).toEqual([])
  })

  it('puts the static servers first and adds TURN with fresh credentials', () => {
    const config = {
      servers: [{ urls: 'stun:stun.example.org:3478' }],
      turn: { urls: ['turn:turn.example.org:3478?transport=udp'], secret: 'x', ttlSeconds: 300 },
    }
    const servers = iceServersFor(config, 'call-9', 2_000_000)
    expect(servers).toEqual([
      { urls: 'stun:stun.example.org:3478' },
      {
        urls: ['turn:turn.example.org:3478?transport=udp'],
        username: '2300:call-9',
        credential: createHmac('sha1', 'x').update('2300:call-9').digest('base64'),
      },
    ])
    // The configuration itself is never handed out (a caller changing it must not change the next call's).
    expect(servers[0]).not.toBe(config.servers[0])
  })
})
