import { z } from 'zod'

/** A JSON scalar a condition can compare an answer with. */
export type Scalar = string | number | boolean

/**
 * A rule over earlier answers, written as data (never evaluated as code):
 * - `{ field, equals }`: the answer is exactly this value;
 * - `{ field, in: [...] }`: the answer is one of these values;
 * - `{ field, includes }`: a multiple-choice answer has this option ticked;
 * - `{ field, answered }`: the question was (or, with false, was not) answered;
 * - `{ field, gt | gte | lt | lte }`: a number, or a `yyyy-mm-dd` date, compared with the bound;
 * - `{ all: [...] }`, `{ any: [...] }`, `{ not }`: and, or, not.
 */
export type Condition =
  | { field: string; equals: Scalar }
  | { field: string; in: Scalar[] }
  | { field: string; includes: string }
  | { field: string; answered: boolean }
  | {
      field: string
      gt?: number | string
      gte?: number | string
      lt?: number | string
      lte?: number | string
    }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }

const scalarSchema = z.union([z.string(), z.number().finite(), z.boolean()])
const fieldRefSchema = z.string().min(1)
const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Compare with a number or a date like "2008-01-31"')
const boundSchema = z.union([z.number().finite(), isoDateSchema])

/** Deeper nesting is reported by validateFlow, and a condition nested deeper is false as a whole, so hostile data cannot exhaust the stack. */
export const MAX_CONDITION_DEPTH = 16

const compareSchema = z
  .object({
    field: fieldRefSchema,
    gt: boundSchema.optional(),
    gte: boundSchema.optional(),
    lt: boundSchema.optional(),
    lte: boundSchema.optional(),
  })
  .strict()
  .refine(
    (c) => [c.gt, c.gte, c.lt, c.lte].some((b) => b !== undefined),
    'Give at least one of gt, gte, lt, lte',
  )

/** The zod schema of {@link Condition}. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ field: fieldRefSchema, equals: scalarSchema }).strict(),
    z.object({ field: fieldRefSchema, in: z.array(scalarSchema).min(1) }).strict(),
    z.object({ field: fieldRefSchema, includes: z.string().min(1) }).strict(),
    z.object({ field: fieldRefSchema, answered: z.boolean() }).strict(),
    compareSchema,
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
)

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

/** True when a value counts as an answer: not missing, not blank text, not an empty list or empty object. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  if (isRecord(value)) return Object.values(value).some(isAnswered)
  return true
}

function compare(answer: unknown, bound: unknown, test: (order: number) => boolean): boolean {
  if (typeof bound === 'number' && typeof answer === 'number' && Number.isFinite(answer))
    return test(answer - bound)
  if (typeof bound === 'string' && typeof answer === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(answer))
    return test(answer < bound ? -1 : answer > bound ? 1 : 0)
  return false
}

const COMPARISONS: [string, (order: number) => boolean][] = [
  ['gt', (o) => o > 0],
  ['gte', (o) => o >= 0],
  ['lt', (o) => o < 0],
  ['lte', (o) => o <= 0],
]

/** Thrown inside evaluation to abandon it: a too-deep condition is false as a whole, whatever `not`s wrap it. */
const TOO_DEEP = Symbol('too deep')

function evaluate(cond: unknown, answers: Record<string, unknown>, depth: number): boolean {
  if (depth > MAX_CONDITION_DEPTH) throw TOO_DEEP
  if (!isRecord(cond)) return false
  const all = own(cond, 'all')
  if (all !== undefined)
    return Array.isArray(all) && all.length > 0 && all.every((c) => evaluate(c, answers, depth + 1))
  const any = own(cond, 'any')
  if (any !== undefined) return Array.isArray(any) && any.some((c) => evaluate(c, answers, depth + 1))
  if (Object.hasOwn(cond, 'not')) return isRecord(cond.not) && !evaluate(cond.not, answers, depth + 1)
  const field = own(cond, 'field')
  if (typeof field !== 'string') return false
  const answer = own(answers, field)
  if (Object.hasOwn(cond, 'answered')) return isAnswered(answer) === (cond.answered === true)
  if (Object.hasOwn(cond, 'equals')) return answer !== undefined && answer === cond.equals
  const list = own(cond, 'in')
  if (list !== undefined) return Array.isArray(list) && answer !== undefined && list.includes(answer)
  if (Object.hasOwn(cond, 'includes'))
    return Array.isArray(answer) && typeof cond.includes === 'string' && answer.includes(cond.includes)
  const bounds = COMPARISONS.filter(([key]) => own(cond, key) !== undefined)
  return bounds.length > 0 && bounds.every(([key, test]) => compare(answer, own(cond, key), test))
}

/**
 * Whether a condition holds for the answers. Total: any input (malformed condition, answers that are not
 * an object, cycles, getters that throw) gives false rather than an exception, and only own properties of
 * the answers are read, so a field id like "constructor" never sees the prototype.
 */
export function evaluateCondition(cond: unknown, answers: unknown): boolean {
  try {
    return evaluate(cond, isRecord(answers) ? answers : {}, 0)
  } catch {
    return false
  }
}
