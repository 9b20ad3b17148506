import { ADDRESS_PARTS, answerOf, type AddressPart, type FileRef } from '../../shared/flow/answers'
import type { FieldError } from '../../shared/flow/engine'
import { formatBytes, MEDIA_TYPE_NAMES } from '../../shared/flow/file-check'
import type { Field, FieldType, Register } from '../../shared/flow/flow-schema'
import { ADDRESS_PART_NAMES } from '../../shared/flow/messages'
import type { Language } from '../../shared/scene/localized'
import { splitDate, type DateParts } from './date-parts'
import { formText, registerName } from './form-text'

/** The HTML id of a question's first input: the target of its error-summary link and its label. */
export function fieldInputId(fieldId: string, part?: string): string {
  return part ? `field-${fieldId}-${part}` : `field-${fieldId}`
}

/**
 * Where a question's label and error link point: the first box of a date (in the language's order), the
 * address part at fault (or the first), the first option of a choice, or the single input.
 */
export function errorTargetId(
  field: Pick<Field, 'id' | 'type'>,
  part: string | undefined,
  language: Language,
) {
  if (field.type === 'date') return fieldInputId(field.id, language === 'zh' ? 'year' : 'day')
  if (field.type === 'address') return fieldInputId(field.id, part ?? ADDRESS_PARTS[0])
  return fieldInputId(field.id)
}

/** One choice of a radio or checkbox group. */
export type OptionViewModel = {
  value: string
  label: string
  hint: string | null
  inputId: string
  checked: boolean
}

/** One box of an address. */
export type AddressPartViewModel = {
  part: AddressPart
  label: string
  inputId: string
  value: string
  required: boolean
  error: string | null
}

/** What an `<input>` should ask the browser for: keyboard, autofill and width. */
export type InputHints = {
  inputMode?: 'numeric' | 'decimal' | 'tel' | 'email' | 'text'
  autoComplete?: string
  width: 'short' | 'medium' | 'long'
}

/**
 * One question as every renderer shows it, all text in the chosen language. `value` is the answer as
 * typed; type-specific parts (options, date boxes, address parts, files) are filled for their types only.
 */
export type FieldViewModel = {
  id: string
  type: FieldType
  /** The id of the input the label and the error link point at. */
  inputId: string
  label: string
  hint: string | null
  /** The first problem, shown beside the question ("Error: ..."). */
  error: string | null
  /** Text typed into a single box (text, number, id, mobile, email, long text). */
  text: string
  /** "元" after a number box. */
  unit: string | null
  input: InputHints
  options: OptionViewModel[]
  date: (DateParts & { order: ('year' | 'month' | 'day')[]; labels: DateParts }) | null
  address: AddressPartViewModel[]
  files: FileRef[]
  /** The upload limits stated up front: "PDF, JPG or PNG files, up to 5 MB each, no more than 1." */
  fileLimits: string | null
  accept: string | null
  maxFiles: number
  /** "Filled from the population register; you can change it", when a pre-fill put the answer there. */
  prefilledNote: string | null
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return ''
}

function inputHints(field: Field): InputHints {
  switch (field.type) {
    case 'number':
      return { inputMode: field.integer ? 'numeric' : 'decimal', width: 'short' }
    case 'resident-id':
      return { inputMode: 'text', autoComplete: 'off', width: 'medium' }
    case 'mobile':
      return { inputMode: 'tel', autoComplete: 'tel-national', width: 'medium' }
    case 'email':
      return { inputMode: 'email', autoComplete: 'email', width: 'long' }
    default:
      return { width: 'long' }
  }
}

function fileRefs(value: unknown): FileRef[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (f): f is FileRef => typeof f === 'object' && f !== null && typeof (f as FileRef).id === 'string',
  )
}

/**
 * The view model of one question.
 * @param errors the problems found when the page was last submitted (any field; this one's are picked)
 * @param prefilledFrom the register a pre-fill took this answer from, if it did
 */
export function fieldViewModel(
  field: Field,
  answers: unknown,
  errors: readonly FieldError[],
  language: Language,
  prefilledFrom: Register | null = null,
): FieldViewModel {
  const value = answerOf(answers, field.id)
  const own = errors.filter((e) => e.fieldId === field.id)
  const first = own[0]
  const choice = field.type === 'single-choice' || field.type === 'multiple-choice'
  const isFile = field.type === 'file'
  const optionsFor = (): OptionViewModel[] => {
    if (choice)
      return field.options.map((o, i) => ({
        value: o.value,
        label: o.label[language],
        hint: o.hint?.[language] ?? null,
        inputId: i === 0 ? fieldInputId(field.id) : fieldInputId(field.id, o.value),
        checked: Array.isArray(value) ? value.includes(o.value) : value === o.value,
      }))
    if (field.type === 'yes-no')
      return [
        {
          value: 'yes',
          label: formText(language, 'yes'),
          hint: null,
          inputId: fieldInputId(field.id),
          checked: value === true || value === 'yes',
        },
        {
          value: 'no',
          label: formText(language, 'no'),
          hint: null,
          inputId: fieldInputId(field.id, 'no'),
          checked: value === false || value === 'no',
        },
      ]
    return []
  }
  const address =
    field.type === 'address'
      ? ADDRESS_PARTS.map((part) => ({
          part,
          label: ADDRESS_PART_NAMES[part][language],
          inputId: fieldInputId(field.id, part),
          value: asText(answerOf(value, part)),
          required: part !== 'street',
          error: own.find((e) => e.part === part)?.message ?? null,
        }))
      : []
  // Chinese writes dates from the year down; GOV.UK's English order is day, month, year.
  const dateOrder: ('year' | 'month' | 'day')[] =
    language === 'zh' ? ['year', 'month', 'day'] : ['day', 'month', 'year']
  return {
    id: field.id,
    type: field.type,
    inputId: errorTargetId(field, first?.part, language),
    label: field.label[language],
    hint: field.hint?.[language] ?? null,
    error: first?.message ?? null,
    text: choice || isFile || field.type === 'address' || field.type === 'date' ? '' : asText(value),
    unit: field.type === 'number' && field.unit ? field.unit[language] : null,
    input: inputHints(field),
    options: optionsFor(),
    date:
      field.type === 'date'
        ? {
            ...splitDate(value),
            order: dateOrder,
            labels: {
              year: formText(language, 'year'),
              month: formText(language, 'month'),
              day: formText(language, 'day'),
            },
          }
        : null,
    address,
    files: isFile ? fileRefs(value) : [],
    fileLimits: isFile
      ? formText(language, 'fileLimits', {
          types: field.accept.map((t) => MEDIA_TYPE_NAMES[t] ?? t).join(language === 'zh' ? '、' : ', '),
          max: formatBytes(field.maxBytes),
          count: field.maxFiles,
        })
      : null,
    accept: isFile ? field.accept.join(',') : null,
    maxFiles: isFile ? field.maxFiles : 0,
    prefilledNote: prefilledFrom
      ? formText(language, 'prefilledFrom', { register: registerName(prefilledFrom, language) })
      : null,
  }
}
