/**
 * The result of checking one value: the normalised value, or a reason code a caller turns into a message
 * in the user's language. `bound` carries the date or number the value broke, for that message.
 */
export type Check<T, R extends string> = { ok: true; value: T } | { ok: false; reason: R; bound?: string }

const FULL_WIDTH = /[\uFF10-\uFF19\uFF38\uFF58\uFF0B]/g

/**
 * Turns full-width digits, X and plus (typed with a Chinese input method) into their ASCII forms, so
 * "１３８" checks like "138".
 */
export function toAsciiDigits(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
}
