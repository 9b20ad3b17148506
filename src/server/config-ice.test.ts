import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env, '/srv')
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n')
    throw error
  }
  return null
}

describe('ICE server configuration', () => {
  it('reads a static list of ICE servers as JSON', () => {
    const config = loadConfig(
      {
        ONEHALL_ICE_SERVERS:
          '[{"urls":["stun:stun.example.org:3478"]},{"urls":"turn:t.example.org","username":"u","credential":"p"}]',
      },
      '/srv',
    )
    expect(config.ice).toEqual({
      servers: [
        { urls: ['stun:stun.example.org:3478'] },
        { urls: 'turn:t.example.org', username: 'u', credential: 'p' },
      ],
      turn: null,
    })
  })

  it('reads coturn REST settings: one or more URLs and the shared secret', () => {
    const config = loadConfig(
      {
        ONEHALL_TURN_URL: 'turn:turn.example.org:3478?transport=udp, turns:turn.example.org:5349',
        ONEHALL_TURN_SECRET: 'a-long-shared-secret-for-coturn',
      },
      '/srv',
    )
    expect(config.ice.turn).toEqual({
      urls: ['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:5349'],
      secret: 'a-long-shared-secret-for-coturn',
      ttlSeconds: 600,
    })
  })

  it('names the variable when a value is unusable', () => {
    expect(problems({ ONEHALL_ICE_SERVERS: '[{urls:' })).toMatch(/^ONEHALL_ICE_SERVERS=.*must be JSON/)
    expect(problems({ ONEHALL_ICE_SERVERS: '{"urls":"stun:x"}' })).toMatch(/^ONEHALL_ICE_SERVERS=/)
    expect(problems({ ONEHALL_ICE_SERVERS: '[{"url":"stun:x"}]' })).toMatch(/^ONEHALL_ICE_SERVERS=/)
    expect(
      problems({ ONEHALL_TURN_URL: 'http://turn.example.org', ONEHALL_TURN_SECRET: 'x'.repeat(20) }),
    ).toMatch(/^ONEHALL_TURN_URL=.*turn: or turns:/)
    expect(problems({ ONEHALL_TURN_URL: 'turn:t.example.org', ONEHALL_TURN_SECRET: 'short' })).toMatch(
      /^ONEHALL_TURN_SECRET=.*16 characters/,
    )
  })

  it('refuses TURN with only one half set', () => {
    expect(problems({ ONEHALL_TURN_URL: 'turn:t.example.org' })).toMatch(
      /^ONEHALL_TURN_SECRET: must be set too/,
    )
    expect(problems({ ONEHALL_TURN_SECRET: 'x'.repeat(20) })).toMatch(/^ONEHALL_TURN_URL: must be set too/)
  })
})
