import { randomInt } from 'node:crypto'

/** Letters and digits people cannot confuse when reading a code aloud or off paper: no 0/O, 1/I/L. */
export const RESUME_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const LENGTH = 8

/** A new random resume code, stored as 8 characters (`K7QM3XPD`); about 40 bits of entropy. */
export function newResumeCode(): string {
  let code = ''
  for (let i = 0; i < LENGTH; i++) code += RESUME_CODE_ALPHABET[randomInt(RESUME_CODE_ALPHABET.length)]
  return code
}

/** How a code is shown and typed: `K7QM-3XPD`. */
export function formatResumeCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

/**
 * A typed code in stored form, forgiving case, spaces and the hyphen; null when it cannot be a code.
 */
export function parseResumeCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '')
  if (code.length !== LENGTH) return null
  return [...code].every((ch) => RESUME_CODE_ALPHABET.includes(ch)) ? code : null
}
