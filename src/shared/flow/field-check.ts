import { checkDate, type DateRule, type IsoDate } from '../validation/date'
import { checkEmail } from '../validation/email'
import { checkMobile } from '../validation/mobile'
import { checkResidentId } from '../validation/resident-id'
import { toAsciiDigits } from '../validation/check'
import { isAnswered } from './condition'
import type { Field, FlowDocument } from './flow-schema'
import { ADDRESS_PARTS, MAX_ADDRESS_PART_LENGTH, REQUIRED_ADDRESS_PARTS, type AddressPart } from './answers'
import { checkFiles } from './file-check'

/** What is wrong with one answer: a reason code (a key of the messages), the address part, and values for the message. */
export type FieldProblem = { code: string; part?: AddressPart; params?: Record<string, string | number> }

/** A checked answer: its normalised value (undefined for an optional question left blank), or its problems. */
export type FieldCheck = { ok: true; value: unknown } | { ok: false; problems: FieldProblem[] }

/** Limits used when a text field gives none, so no answer can grow without bound. */
export const DEFAULT_MAX_LENGTH = { text: 200, 'long-text': 2000 } as const

const fail = (code: string, params?: FieldProblem['params'], part?: AddressPart): FieldCheck => ({
  ok: false,
  problems: [{ code, ...(params ? { params } : {}), ...(part ? { part } : {}) }],
})

function checkText(field: Extract<Field, { type: 'text' | 'long-text' }>, value: unknown): FieldCheck {
  if (typeof value !== 'string') return fail('wrong-type')
  const text = value.trim()
  const length = [...text].length
  const max = field.maxLength ?? DEFAULT_MAX_LENGTH[field.type]
  if (field.minLength !== undefined && length < field.minLength)
    return fail('too-short', { min: field.minLength })
  if (length > max) return fail('too-long', { max })
  return { ok: true, value: text }
}

function checkNumber(field: Extract<Field, { type: 'number' }>, value: unknown): FieldCheck {
  let number: number
  if (typeof value === 'number') number = value
  else if (typeof value === 'string') {
    const text = toAsciiDigits(value).trim().replace(/,/g, '')
    if (!/^-?\d+(?:\.\d+)?$/.test(text)) return fail('not-number')
    number = Number(text)
  } else return fail('wrong-type')
  if (!Number.isFinite(number)) return fail('not-number')
  if (field.integer && !Number.isInteger(number)) return fail('not-integer')
  if (field.min !== undefined && number < field.min) return fail('too-small', { min: field.min })
  if (field.max !== undefined && number > field.max) return fail('too-large', { max: field.max })
  return { ok: true, value: number }
}

function checkDateField(field: Extract<Field, { type: 'date' }>, value: unknown, today: IsoDate): FieldCheck {
  const rule: DateRule = { time: field.time, min: field.min, max: field.max }
  const result = checkDate(value, rule, today)
  if (result.ok) return { ok: true, value: result.value }
  if (result.reason === 'not-text') return fail('wrong-type')
  return fail(`date-${result.reason}`, result.bound ? { bound: result.bound } : undefined)
}

function checkSingleChoice(field: Extract<Field, { type: 'single-choice' }>, value: unknown): FieldCheck {
  if (typeof value !== 'string') return fail('wrong-type')
  return field.options.some((o) => o.value === value) ? { ok: true, value } : fail('not-an-option')
}

function checkMultipleChoice(field: Extract<Field, { type: 'multiple-choice' }>, value: unknown): FieldCheck {
  if (!Array.isArray(value)) return fail('wrong-type')
  if (!value.every((v) => typeof v === 'string' && field.options.some((o) => o.value === v)))
    return fail('not-an-option')
  const chosen = field.options.map((o) => o.value).filter((v) => value.includes(v))
  if (field.minSelected !== undefined && chosen.length < field.minSelected)
    return fail('too-few-selected', { min: field.minSelected })
  if (field.maxSelected !== undefined && chosen.length > field.maxSelected)
    return fail('too-many-selected', { max: field.maxSelected })
  return { ok: true, value: chosen }
}

function checkYesNo(value: unknown): FieldCheck {
  if (value === true || value === 'yes') return { ok: true, value: true }
  if (value === false || value === 'no') return { ok: true, value: false }
  return fail('wrong-type')
}

function checkAddress(value: unknown): FieldCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('wrong-type')
  const record = value as Record<string, unknown>
  const problems: FieldProblem[] = []
  const address: Record<string, string> = {}
  for (const part of ADDRESS_PARTS) {
    const raw = Object.hasOwn(record, part) ? record[part] : undefined
    if (raw !== undefined && raw !== null && typeof raw !== 'string') {
      problems.push({ code: 'wrong-type', part })
      continue
    }
    const text = (raw ?? '').trim()
    if (text === '' && REQUIRED_ADDRESS_PARTS.includes(part))
      problems.push({ code: 'address-part-missing', part })
    else if ([...text].length > MAX_ADDRESS_PART_LENGTH)
      problems.push({ code: 'address-part-too-long', part, params: { max: MAX_ADDRESS_PART_LENGTH } })
    else if (text !== '') address[part] = text
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: address }
}

function checkWith<R extends string>(
  result: { ok: true; value: unknown } | { ok: false; reason: R },
  prefix: string,
): FieldCheck {
  if (result.ok) return { ok: true, value: result.value }
  return fail(result.reason === 'not-text' ? 'wrong-type' : `${prefix}-${result.reason}`)
}

function checkAnswered(field: Field, value: unknown, today: IsoDate): FieldCheck {
  switch (field.type) {
    case 'text':
    case 'long-text':
      return checkText(field, value)
    case 'number':
      return checkNumber(field, value)
    case 'date':
      return checkDateField(field, value, today)
    case 'single-choice':
      return checkSingleChoice(field, value)
    case 'multiple-choice':
      return checkMultipleChoice(field, value)
    case 'yes-no':
      return checkYesNo(value)
    case 'resident-id': {
      const result = checkResidentId(value, today)
      return result.ok ? { ok: true, value: result.value.value } : checkWith(result, 'id')
    }
    case 'mobile':
      return checkWith(checkMobile(value), 'mobile')
    case 'email':
      return checkWith(checkEmail(value), 'email')
    case 'address':
      return checkAddress(value)
    case 'file':
      return checkFiles(field, value)
  }
}

/**
 * Checks one answer against its question: "required" when a required question is not answered, otherwise
 * the type's own rules. Never throws, whatever JSON the value is.
 * @param today `yyyy-mm-dd` that date rules and resident ID birth dates are measured against
 */
export function checkField(field: Field, value: unknown, today: IsoDate): FieldCheck {
  if (!isAnswered(value)) return field.required ? fail('required') : { ok: true, value: undefined }
  try {
    return checkAnswered(field, value, today)
  } catch {
    // Only hostile values (proxies, throwing getters) get here; JSON never does.
    return fail('wrong-type')
  }
}

const documentFields = new WeakMap<FlowDocument, Extract<Field, { type: 'file' }>>()

/** A document to attach, seen as the file question it behaves like. */
export function documentField(document: FlowDocument): Extract<Field, { type: 'file' }> {
  // Made once per document: the engine asks for it on every validation. Treat the result as read-only.
  let field = documentFields.get(document)
  if (!field) documentFields.set(document, (field = { ...document, type: 'file' }))
  return field
}
