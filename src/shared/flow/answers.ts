/**
 * Answers are a plain JSON object from field (or document) id to value. What each field type expects,
 * and the normalised form the engine hands back once a value is valid:
 *
 * | type            | value sent                                   | normalised value                   |
 * |-----------------|----------------------------------------------|------------------------------------|
 * | text, long-text | string                                       | trimmed string                     |
 * | number          | number, or a string of digits ("12", "3.5")  | number                             |
 * | date            | "yyyy-mm-dd" (one-digit month/day allowed)   | zero-padded "yyyy-mm-dd"           |
 * | single-choice   | an option's value                            | the same string                    |
 * | multiple-choice | array of option values                       | de-duplicated array, option order  |
 * | yes-no          | true / false, or "yes" / "no"                | boolean                            |
 * | resident-id     | string, spaces and lower-case x allowed      | 18 characters, upper-case X        |
 * | mobile          | string, spaces, hyphens, +86 allowed         | 11 digits                          |
 * | email           | string                                       | trimmed string                     |
 * | address         | {@link AddressAnswer}                        | the known parts, trimmed           |
 * | file, document  | array of {@link FileRef}                     | the same refs, known keys only     |
 *
 * A missing key, null, blank text, an empty array or an object with only blank parts is "not answered".
 * Anything else of the wrong shape is an error for that field, never an exception.
 */
export type Answers = Record<string, unknown>

/** The parts of a mainland address, from the largest area down; `street` is optional. */
export const ADDRESS_PARTS = ['province', 'city', 'district', 'street', 'detail'] as const
export type AddressPart = (typeof ADDRESS_PARTS)[number]
/** The parts a complete address must have. */
export const REQUIRED_ADDRESS_PARTS: readonly AddressPart[] = ['province', 'city', 'district', 'detail']
/** Each part is a short line. */
export const MAX_ADDRESS_PART_LENGTH = 100

/** An address answer: 省 / 市 / 区县 / 街道乡镇 / 详细地址 (building, number, room). */
export type AddressAnswer = {
  province: string
  city: string
  district: string
  street?: string
  detail: string
}

/** An uploaded file as the form refers to it; the bytes live in the attachment store under `id`. */
export type FileRef = {
  /** The attachment store's random id. */
  id: string
  /** The name the citizen's file had, shown back to them. */
  name: string
  bytes: number
  /** The type the server found from the content, not the one the browser claimed. */
  mediaType: string
}

/** Reads an answer without ever touching the prototype (a field may be called "constructor"). */
export function answerOf(answers: unknown, id: string): unknown {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined
  return Object.hasOwn(answers, id) ? (answers as Record<string, unknown>)[id] : undefined
}
