import { ratioSummary, summarize } from './stats'
import type { Summary } from './stats'

/** Units the table knows how to print. */
export type Unit = 'calls' | 'triangles' | 'KiB' | 'MiB' | 'ms' | 'ms/frame' | 'msg/s' | 'rows/s' | 'clients'

/** A limit on a figure's median value, or on its ratio to the baseline. */
export interface Budget {
  on: 'value' | 'ratio'
  op: '<=' | '>='
  limit: number
}

/**
 * pass/fail against the budget; `report` when the figure has no budget; `not available` when the
 * capability it measures has not landed (or could not be measured), with the reason in the note.
 */
export type Status = 'pass' | 'fail' | 'report' | 'not available'

/** One line of the results table. */
export interface Row {
  id: string
  figure: string
  unit: Unit
  value: Summary | null
  baseline: Summary | null
  baselineLabel: string | null
  ratio: Summary | null
  budget: Budget | null
  status: Status
  note: string | null
}

/** What a figure measured; `makeRow` turns it into a table row. */
export interface RowInput {
  id: string
  figure: string
  unit: Unit
  /** One value per run; null or empty when the figure could not be measured. */
  values?: readonly number[] | null
  baseline?: readonly number[] | null
  /** What the baseline is, in a few words ("bare three.js page"). */
  baselineLabel?: string
  /** Whether values[i] and baseline[i] were measured in the same run. @default true */
  paired?: boolean
  budget?: Budget
  note?: string
}

/** Summarizes the runs, computes the ratio to the baseline and judges the budget. */
export function makeRow(input: RowInput): Row {
  const value = input.values && input.values.length > 0 ? summarize(input.values) : null
  const baseline = input.baseline && input.baseline.length > 0 ? summarize(input.baseline) : null
  const ratio =
    input.values && value && input.baseline && baseline && baseline.median !== 0
      ? ratioSummary(input.values, input.baseline, input.paired ?? true)
      : null
  const row: Row = {
    id: input.id,
    figure: input.figure,
    unit: input.unit,
    value,
    baseline,
    baselineLabel: input.baselineLabel ?? null,
    ratio,
    budget: input.budget ?? null,
    status: 'report',
    note: input.note ?? null,
  }
  return { ...row, status: evaluate(row) }
}

/** A row for a capability that is not there (yet), keeping its baseline and budget visible. */
export function unavailableRow(input: Omit<RowInput, 'values'> & { reason: string }): Row {
  return makeRow({ ...input, values: null, note: input.reason })
}

/**
 * Judges a row: the median value (or the median ratio) against the budget.
 * A figure without a value is `not available`, never a pass.
 */
export function evaluate(row: Pick<Row, 'value' | 'ratio' | 'budget'>): Status {
  if (!row.value) return 'not available'
  if (!row.budget) return 'report'
  const subject = row.budget.on === 'value' ? row.value.median : row.ratio?.median
  if (subject === undefined) return 'not available'
  const ok = row.budget.op === '<=' ? subject <= row.budget.limit : subject >= row.budget.limit
  return ok ? 'pass' : 'fail'
}
