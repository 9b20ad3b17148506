import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The shortest secret accepted: 32 characters. */
export const MIN_SECRET_LENGTH = 32

/**
 * The secret that signs the sign-in cookie: ONEHALL_SECRET when set, else the one stored in
 * `<dataDir>/cookie-secret`, else a new random one written there (readable by the owner only), so
 * sessions survive restarts without anyone choosing a secret. There is no built-in fallback value.
 */
export function loadOrCreateSecret(dataDir: string, fromEnv?: string): string {
  if (fromEnv) return fromEnv
  const file = path.join(dataDir, 'cookie-secret')
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim()
    if (stored.length >= MIN_SECRET_LENGTH) return stored
  }
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('base64url')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
