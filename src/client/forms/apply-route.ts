import { RESERVED_PAGE_IDS, STEP_SEGMENTS } from '../../shared/flow/step-segments'
import { DEFAULT_HALL_ID } from '../app/route'

/**
 * Where in an application the citizen is. Flow pages live at `/apply/:serviceId/:pageId`; the steps
 * around them have fixed names that a flow page id must not take (see {@link RESERVED_STEP_SEGMENTS}).
 */
export type FormStep =
  | { kind: 'start' }
  | { kind: 'consent' }
  | { kind: 'question'; pageId: string }
  | { kind: 'documents' }
  | { kind: 'check' }
  | { kind: 'saved' }
  | { kind: 'confirmation' }

type FixedKind = Exclude<FormStep['kind'], 'start' | 'question'>

// Shared with the flow validator, which refuses page ids that would collide with these.
const SEGMENTS = STEP_SEGMENTS satisfies Record<FixedKind, string>

/** The URL segments of the steps around the questions; a flow page with one of these ids is unreachable. */
export const RESERVED_STEP_SEGMENTS: readonly string[] = RESERVED_PAGE_IDS

/** An `/apply/...` address taken apart, or null for any other path. */
export type ApplyLocation = { serviceId: string; step: FormStep }

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Reads `/apply/:serviceId` and `/apply/:serviceId/:step`; a trailing slash is tolerated. */
export function parseApplyPath(pathname: string): ApplyLocation | null {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1)
  if (parts[0] !== 'apply' || parts.length < 2 || parts.length > 3) return null
  const serviceId = parts[1] ?? ''
  if (!SEGMENT.test(serviceId)) return null
  const segment = parts[2]
  if (segment === undefined) return { serviceId, step: { kind: 'start' } }
  if (!SEGMENT.test(segment)) return null
  const fixed = (Object.entries(SEGMENTS) as [FixedKind, string][]).find(([, s]) => s === segment)
  return { serviceId, step: fixed ? { kind: fixed[0] } : { kind: 'question', pageId: segment } }
}

/** The path of a step: `/apply/birth-registration/check-answers`. */
export function stepPath(serviceId: string, step: FormStep): string {
  const base = `/apply/${serviceId}`
  if (step.kind === 'start') return base
  if (step.kind === 'question') return `${base}/${step.pageId}`
  return `${base}/${SEGMENTS[step.kind]}`
}

/**
 * A link to a step that keeps the chosen hall (`?hall=`) when it is not the default, plus any extra
 * query parameters.
 */
export function stepHref(
  serviceId: string,
  step: FormStep,
  hallId: string,
  params: Record<string, string> = {},
): string {
  const query = new URLSearchParams()
  if (hallId !== DEFAULT_HALL_ID) query.set('hall', hallId)
  for (const [key, value] of Object.entries(params)) query.set(key, value)
  const text = query.toString()
  return text ? `${stepPath(serviceId, step)}?${text}` : stepPath(serviceId, step)
}

/** True when two steps are the same place. */
export function sameStep(a: FormStep, b: FormStep): boolean {
  if (a.kind !== b.kind) return false
  return a.kind !== 'question' || a.pageId === (b as { pageId: string }).pageId
}
