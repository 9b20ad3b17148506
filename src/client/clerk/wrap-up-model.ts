import { WRAP_UP_OUTCOMES, type WrapUpOutcome } from './clerk-types'

/** The longest wrap-up note, in characters (a note is for the file, not an essay). */
export const MAX_NOTES = 2000

/** The wrap-up inputs' ids, also the targets of the error summary's links. */
export const WRAP_UP_INPUTS = {
  outcome: `wrap-up-outcome-${WRAP_UP_OUTCOMES[0]}`,
  notes: 'wrap-up-notes',
} as const

export type WrapUpProblem = { field: keyof typeof WRAP_UP_INPUTS; key: 'outcomeEmpty' | 'notesTooLong' }

/** Checks the wrap-up form: an outcome is required, notes are optional but bounded. */
export function checkWrapUp(input: {
  outcome: string | null
  notes: string
}): { ok: true; outcome: WrapUpOutcome; notes: string } | { ok: false; problems: WrapUpProblem[] } {
  const problems: WrapUpProblem[] = []
  const outcome = (WRAP_UP_OUTCOMES as readonly string[]).includes(input.outcome ?? '')
    ? (input.outcome as WrapUpOutcome)
    : null
  if (!outcome) problems.push({ field: 'outcome', key: 'outcomeEmpty' })
  const notes = input.notes.trim()
  // Characters as people count them: one per Chinese character or emoji, not per UTF-16 unit.
  if ([...notes].length > MAX_NOTES) problems.push({ field: 'notes', key: 'notesTooLong' })
  return outcome && problems.length === 0 ? { ok: true, outcome, notes } : { ok: false, problems }
}
