import path from 'node:path'
import { z } from 'zod'
import { iceServerSchema } from '../shared/protocol'
import { DEFAULT_TURN_TTL_SECONDS, type IceConfig } from './realtime/hub/ice-servers'

/** Where the database lives: an embedded SQLite file (the default) or a PostgreSQL server. */
export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string }

/** Everything the server reads from its environment, validated and with defaults applied. */
export type Config = {
  port: number
  host: string
  database: DatabaseConfig
  /** Absolute path of the folder holding one sub-folder per hall. */
  scenesDir: string
  /** Absolute path of the client build (`vite build` output). */
  clientDir: string
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /** Requests per minute per IP on /api routes. */
  rateLimitMax: number
  nodeEnv: 'development' | 'production' | 'test'
  /** Absolute path of the data folder (the generated cookie secret lives here). */
  dataDir: string
  /** Absolute path where attachment files are stored, outside the client build and public/. */
  uploadsDir: string
  /** ONEHALL_SECRET, or undefined: then a secret is generated once and kept in the data folder. */
  secret: string | undefined
  /** STUN/TURN servers for video calls (`ONEHALL_ICE_SERVERS`, `ONEHALL_TURN_URL` + `ONEHALL_TURN_SECRET`). */
  ice: IceConfig
  /** `ONEHALL_CLERK_GRACE_MS`: how long a clerk may have no console open before being set away; 0 = never. */
  clerkPresenceGraceMs: number
}

/** Thrown when an environment variable has a value the server cannot use; the message names each one. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

// Empty strings count as "not set" so `PORT= npm start` behaves like leaving PORT out.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema)

const envSchema = z.object({
  PORT: optional(
    z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 65535')
      .max(65535, 'must be between 0 and 65535')
      .default(8080),
  ),
  HOST: optional(z.string().trim().min(1).default('127.0.0.1')),
  ONEHALL_DB: optional(z.string().default('./data/onehall.sqlite')),
  ONEHALL_SCENES: optional(z.string().default('./scenes')),
  ONEHALL_CLIENT_DIR: optional(z.string().default('./dist/client')),
  ONEHALL_DATA: optional(z.string().default('./data')),
  ONEHALL_UPLOADS: optional(z.string().default('./data/uploads')),
  ONEHALL_SECRET: optional(z.string().min(32, 'must be at least 32 characters').optional()),
  DATABASE_URL: optional(
    z
      .string()
      .regex(
        /^postgres(ql)?:\/\//,
        'must be a PostgreSQL URL like postgres://user:password@host:5432/onehall',
      )
      .optional(),
  ),
  LOG_LEVEL: optional(
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
  ),
  RATE_LIMIT_MAX: optional(
    z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .default(300),
  ),
  ONEHALL_CLERK_GRACE_MS: optional(
    z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be 0 or more')
      .default(30_000),
  ),
  ONEHALL_ICE_SERVERS: optional(
    z
      .string()
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown
        } catch {
          ctx.addIssue({
            code: 'custom',
            message: 'must be JSON, e.g. [{"urls":"stun:stun.example.org:3478"}]',
          })
          return z.NEVER
        }
      })
      .pipe(z.array(iceServerSchema, { error: 'must be a JSON array of {urls, username?, credential?}' }))
      .optional(),
  ),
  ONEHALL_TURN_URL: optional(
    z
      .string()
      .transform((text) =>
        text
          .split(',')
          .map((u) => u.trim())
          .filter((u) => u !== ''),
      )
      .pipe(
        z
          .array(z.string().regex(/^turns?:/, 'each URL must start with turn: or turns:'))
          .min(1, 'must name at least one turn: URL'),
      )
      .optional(),
  ),
  ONEHALL_TURN_SECRET: optional(z.string().min(16, 'must be at least 16 characters').optional()),
  NODE_ENV: optional(
    z
      .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
      .default('development'),
  ),
})

/**
 * Reads the server's configuration from environment variables.
 * Relative paths resolve against `cwd`. `DATABASE_URL` (postgres://...) switches from the embedded
 * SQLite file (`ONEHALL_DB`) to PostgreSQL.
 * @param env the environment, usually `process.env`
 * @param cwd the folder relative paths start from @default process.cwd()
 * @throws {ConfigError} naming every variable with a bad value
 */
export function loadConfig(env: Record<string, string | undefined>, cwd: string = process.cwd()): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment')
        return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`
      }),
    )
  }
  const e = parsed.data
  if (Boolean(e.ONEHALL_TURN_URL) !== Boolean(e.ONEHALL_TURN_SECRET))
    throw new ConfigError([
      `${e.ONEHALL_TURN_URL ? 'ONEHALL_TURN_SECRET' : 'ONEHALL_TURN_URL'}: must be set too (TURN needs both the URL and coturn's static-auth-secret)`,
    ])
  const resolve = (p: string) => path.resolve(cwd, p)
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', file: e.ONEHALL_DB === ':memory:' ? ':memory:' : resolve(e.ONEHALL_DB) },
    scenesDir: resolve(e.ONEHALL_SCENES),
    clientDir: resolve(e.ONEHALL_CLIENT_DIR),
    logLevel: e.LOG_LEVEL,
    rateLimitMax: e.RATE_LIMIT_MAX,
    nodeEnv: e.NODE_ENV,
    dataDir: resolve(e.ONEHALL_DATA),
    uploadsDir: resolve(e.ONEHALL_UPLOADS),
    secret: e.ONEHALL_SECRET,
    ice: {
      servers: e.ONEHALL_ICE_SERVERS ?? [],
      turn:
        e.ONEHALL_TURN_URL && e.ONEHALL_TURN_SECRET
          ? { urls: e.ONEHALL_TURN_URL, secret: e.ONEHALL_TURN_SECRET, ttlSeconds: DEFAULT_TURN_TTL_SECONDS }
          : null,
    },
    clerkPresenceGraceMs: e.ONEHALL_CLERK_GRACE_MS,
  }
}
