import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/** scrypt cost parameters: N=2^14, r=8, p=1 (about 16 MiB and tens of milliseconds per hash). */
const PARAMS = { N: 16_384, r: 8, p: 1 } as const
const SALT_BYTES = 16
const KEY_BYTES = 64
/** Enough memory for N and r above (128 * N * r = 16 MiB) with room to spare. */
const MAX_MEMORY = 64 * 1024 * 1024
/** Refuse stored hashes that would make one check cost more than this (a tampered row must not DoS). */
const MAX_N = 1 << 17

function derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

/**
 * Hashes a password with scrypt and a fresh 16-byte salt. The result carries its own parameters:
 * `scrypt$N$r$p$salt$hash` (salt and hash base64url), so the cost can be raised later without
 * breaking stored hashes. Passwords are NFC-normalised so the same typed text always matches.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(password, salt, KEY_BYTES, PARAMS)
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  )
}

type Parsed = { N: number; r: number; p: number; salt: Buffer; key: Buffer }

function parseStored(stored: string): Parsed | null {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null
  const [N, r, p] = parts.slice(1, 4).map((v) => (/^\d{1,7}$/.test(v ?? '') ? Number(v) : NaN))
  if (!N || !r || !p || N > MAX_N || (N & (N - 1)) !== 0 || r > 32 || p > 16) return null
  const salt = Buffer.from(parts[4] ?? '', 'base64url')
  const key = Buffer.from(parts[5] ?? '', 'base64url')
  if (salt.length < 8 || key.length < 32) return null
  return { N, r, p, salt, key }
}

/**
 * Whether `password` matches a hash made by {@link hashPassword}. Compares in constant time; a
 * malformed or tampered stored value is simply `false`, never an exception.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored)
  if (!parsed) return false
  const { N, r, p, salt, key } = parsed
  const candidate = await derive(password, salt, key.length, { N, r, p })
  return timingSafeEqual(candidate, key)
}

let decoy: Promise<string> | undefined

/**
 * Spends the same scrypt work as a real check, for a username that does not exist: the answer time
 * then does not tell whether an account exists. Always resolves to false.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomBytes(16).toString('base64url'))
  await verifyPassword(password, await decoy)
  return false
}
