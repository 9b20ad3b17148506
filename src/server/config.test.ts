import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

describe('loadConfig', () => {
  it('applies defaults and resolves paths against the working folder', () => {
    const config = loadConfig({}, '/srv/onehall')
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      database: { kind: 'sqlite', file: path.resolve('/srv/onehall/data/onehall.sqlite') },
      scenesDir: path.resolve('/srv/onehall/scenes'),
      clientDir: path.resolve('/srv/onehall/dist/client'),
      logLevel: 'info',
      rateLimitMax: 300,
      nodeEnv: 'development',
      dataDir: path.resolve('/srv/onehall/data'),
      uploadsDir: path.resolve('/srv/onehall/data/uploads'),
      secret: undefined,
      ice: { servers: [], turn: null },
      clerkPresenceGraceMs: 30_000,
    })
  })

  it('reads the clerk presence grace period, 0 turning it off, and refuses a negative one', () => {
    expect(loadConfig({ ONEHALL_CLERK_GRACE_MS: '5000' }).clerkPresenceGraceMs).toBe(5000)
    expect(loadConfig({ ONEHALL_CLERK_GRACE_MS: '0' }).clerkPresenceGraceMs).toBe(0)
    expect(() => loadConfig({ ONEHALL_CLERK_GRACE_MS: '-1' })).toThrow(/ONEHALL_CLERK_GRACE_MS/)
  })

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '18080',
        HOST: '0.0.0.0',
        ONEHALL_DB: '/var/lib/onehall/db.sqlite',
        ONEHALL_SCENES: 'my-scenes',
        ONEHALL_CLIENT_DIR: '/opt/client',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_MAX: '50',
        NODE_ENV: 'production',
      },
      '/srv/onehall',
    )
    expect(config.port).toBe(18080)
    expect(config.host).toBe('0.0.0.0')
    expect(config.database).toEqual({ kind: 'sqlite', file: '/var/lib/onehall/db.sqlite' })
    expect(config.scenesDir).toBe(path.resolve('/srv/onehall/my-scenes'))
    expect(config.clientDir).toBe('/opt/client')
    expect(config.logLevel).toBe('warn')
    expect(config.rateLimitMax).toBe(50)
    expect(config.nodeEnv).toBe('production')
  })

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    const url = 'postgres://onehall:secret@db.example:5432/onehall'
    expect(loadConfig({ DATABASE_URL: url, ONEHALL_DB: '/ignored' }).database).toEqual({
      kind: 'postgres',
      url,
    })
  })

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(8080)
    expect(loadConfig({ DATABASE_URL: ' ' }).database.kind).toBe('sqlite')
  })

  it('names every bad variable and its value', () => {
    let error: unknown
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', RATE_LIMIT_MAX: '0', DATABASE_URL: 'mysql://x' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as ConfigError).message
    expect(message).toContain('PORT="eighty": must be a number')
    expect(message).toContain('LOG_LEVEL="loud": must be one of')
    expect(message).toContain('RATE_LIMIT_MAX="0": must be at least 1')
    expect(message).toContain('DATABASE_URL="mysql://x": must be a PostgreSQL URL')
    expect((error as ConfigError).problems).toHaveLength(4)
  })

  it('rejects ports out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000": must be between 0 and 65535/)
    expect(() => loadConfig({ PORT: '80.5' })).toThrow(/PORT="80.5": must be a whole number/)
  })
})
