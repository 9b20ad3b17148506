import { z } from 'zod'
import { localizedTextSchema } from '../scene/localized'
import { flowIdSchema as idSchema } from './flow-id'
import { conditionSchema } from './condition'

/**
 * The registers a form can pre-fill from, each kept by another department. A pre-fill only ever happens
 * after the citizen consents to it, register by register.
 */
export const REGISTERS = [
  'population',
  'household',
  'civil-affairs',
  'social-security',
  'medical-insurance',
  'housing-fund',
  'tax',
  'real-estate',
  'education',
] as const
export type Register = (typeof REGISTERS)[number]

/** Media types an upload may have; the server checks the file's content (magic bytes) against them. */
export const UPLOAD_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const
export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[number]
/** The largest single upload any flow may allow, 20 MB. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

const dateOffsetSchema = z
  .object({
    years: z.number().int().min(-150).max(150).optional(),
    months: z.number().int().min(-1800).max(1800).optional(),
    days: z.number().int().min(-55000).max(55000).optional(),
  })
  .strict()

/** `'today'`, a fixed `yyyy-mm-dd`, or an offset from today like `{ "years": -16 }`. */
export const dateBoundSchema = z.union([
  z.literal('today'),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use "today", a date like "1900-01-01" or an offset like { "years": -16 }'),
  dateOffsetSchema,
])

const prefillSchema = z
  .object({
    register: z.enum(REGISTERS),
    /** The register's own name for the value, like "birthDate" or "address.current". */
    field: z
      .string()
      .regex(/^[a-zA-Z][a-zA-Z0-9]*(?:[.-][a-zA-Z0-9]+)*$/, 'Use a register field name like "birthDate"'),
  })
  .strict()
export type Prefill = z.infer<typeof prefillSchema>

/** The reason codes a field may carry its own message for (see field-check.ts). */
const messagesSchema = z.record(z.string().regex(/^[a-z-]+$/), localizedTextSchema)

const optionSchema = z
  .object({
    value: idSchema,
    label: localizedTextSchema,
    hint: localizedTextSchema.optional(),
  })
  .strict()
export type ChoiceOption = z.infer<typeof optionSchema>

const fieldBase = {
  id: idSchema,
  label: localizedTextSchema,
  hint: localizedTextSchema.optional(),
  /** GOV.UK forms ask only what they need, so a question is required unless it says otherwise. */
  required: z.boolean().default(true),
  when: conditionSchema.optional(),
  prefill: prefillSchema.optional(),
  /** How error messages name the answer ("a date of birth", "出生日期"); defaults to the label. */
  errorName: localizedTextSchema.optional(),
  /** Messages for particular reason codes, replacing the generic ones. */
  messages: messagesSchema.optional(),
}

const lengthRules = {
  minLength: z.number().int().min(0).max(10_000).optional(),
  maxLength: z.number().int().min(1).max(10_000).optional(),
}

const textFieldSchema = z.object({ ...fieldBase, type: z.literal('text'), ...lengthRules }).strict()
const longTextFieldSchema = z.object({ ...fieldBase, type: z.literal('long-text'), ...lengthRules }).strict()
const numberFieldSchema = z
  .object({
    ...fieldBase,
    type: z.literal('number'),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    integer: z.boolean().default(false),
    /** Shown after the input, like "元" or "years". */
    unit: localizedTextSchema.optional(),
  })
  .strict()
const dateFieldSchema = z
  .object({
    ...fieldBase,
    type: z.literal('date'),
    time: z.enum(['past', 'past-or-today', 'future', 'today-or-future']).optional(),
    min: dateBoundSchema.optional(),
    max: dateBoundSchema.optional(),
  })
  .strict()
const singleChoiceFieldSchema = z
  .object({ ...fieldBase, type: z.literal('single-choice'), options: z.array(optionSchema).min(2) })
  .strict()
const multipleChoiceFieldSchema = z
  .object({
    ...fieldBase,
    type: z.literal('multiple-choice'),
    options: z.array(optionSchema).min(2),
    minSelected: z.number().int().min(1).optional(),
    maxSelected: z.number().int().min(1).optional(),
  })
  .strict()
const yesNoFieldSchema = z.object({ ...fieldBase, type: z.literal('yes-no') }).strict()
const residentIdFieldSchema = z.object({ ...fieldBase, type: z.literal('resident-id') }).strict()
const mobileFieldSchema = z.object({ ...fieldBase, type: z.literal('mobile') }).strict()
const emailFieldSchema = z.object({ ...fieldBase, type: z.literal('email') }).strict()
const addressFieldSchema = z.object({ ...fieldBase, type: z.literal('address') }).strict()

const uploadRules = {
  accept: z.array(z.enum(UPLOAD_MEDIA_TYPES)).min(1),
  maxBytes: z.number().int().min(1024).max(MAX_UPLOAD_BYTES),
  maxFiles: z.number().int().min(1).max(20).default(1),
}
const fileFieldSchema = z.object({ ...fieldBase, type: z.literal('file'), ...uploadRules }).strict()

/** One question. The shape of each type's answer is documented in answers.ts. */
export const fieldSchema = z.discriminatedUnion('type', [
  textFieldSchema,
  longTextFieldSchema,
  numberFieldSchema,
  dateFieldSchema,
  singleChoiceFieldSchema,
  multipleChoiceFieldSchema,
  yesNoFieldSchema,
  residentIdFieldSchema,
  mobileFieldSchema,
  addressFieldSchema,
  emailFieldSchema,
  fileFieldSchema,
])
export type Field = z.infer<typeof fieldSchema>
export type FieldType = Field['type']
export type ChoiceField = Extract<Field, { type: 'single-choice' | 'multiple-choice' }>

/** One page: GOV.UK's "one thing per page", so usually one field or a few closely related ones. */
export const pageSchema = z
  .object({
    id: idSchema,
    title: localizedTextSchema,
    intro: localizedTextSchema.optional(),
    /** A page without fields is an information page ("What you need"). */
    fields: z.array(fieldSchema).default([]),
    when: conditionSchema.optional(),
    /** The task-list section the page belongs to. */
    section: idSchema.optional(),
  })
  .strict()
export type Page = z.infer<typeof pageSchema>

/** A document to attach after the questions; it shares the answers' id space (its answer is a file list). */
export const documentSchema = z
  .object({
    id: idSchema,
    label: localizedTextSchema,
    hint: localizedTextSchema.optional(),
    required: z.boolean().default(true),
    ...uploadRules,
    when: conditionSchema.optional(),
  })
  .strict()
export type FlowDocument = z.infer<typeof documentSchema>

export const sectionSchema = z.object({ id: idSchema, title: localizedTextSchema }).strict()
export type Section = z.infer<typeof sectionSchema>

export const declarationSchema = z
  .object({
    text: localizedTextSchema,
    /** The checkbox or button label, like "I confirm that the information I have given is true". */
    confirm: localizedTextSchema,
  })
  .strict()

/** A service's application form: its pages, documents, declaration and Check-your-answers order. */
export const flowSchema = z
  .object({
    pages: z.array(pageSchema).min(1),
    documents: z.array(documentSchema).default([]),
    declaration: declarationSchema,
    /** Field and document ids in the order Check your answers lists them; unlisted ones follow in page order. */
    summary: z.array(idSchema).optional(),
    /** Task-list sections for long forms; pages name theirs with `section`. */
    sections: z.array(sectionSchema).optional(),
  })
  .strict()
export type Flow = z.infer<typeof flowSchema>
/** A flow as written in a scene file, before defaults are filled in. */
export type FlowInput = z.input<typeof flowSchema>
