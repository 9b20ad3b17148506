import type { Budget, Row, Status, Unit } from './rows'

/** Column headings of the results table, in order. */
export const COLUMNS = ['figure', 'value', 'min', 'max', 'baseline', 'ratio', 'budget', 'result'] as const

const NOT_AVAILABLE = 'not available'

/**
 * Prints a number in its unit: triangles with thousands separators, times with one decimal below
 * 100 ms, ratios with two decimals and an "x".
 */
export function formatValue(n: number, unit: Unit | 'x'): string {
  switch (unit) {
    case 'x':
      return `${n.toFixed(2)}x`
    case 'calls':
    case 'triangles':
    case 'clients':
      return `${groupThousands(Math.round(n))} ${unit}`
    case 'ms':
    case 'ms/frame':
      return `${Math.abs(n) < 100 ? n.toFixed(1) : groupThousands(Math.round(n))} ${unit}`
    case 'KiB':
    case 'MiB':
      return `${n.toFixed(1)} ${unit}`
    case 'msg/s':
    case 'rows/s':
      return `${groupThousands(Math.round(n))} ${unit}`
  }
}

/** "<= 60 calls", ">= 0.30x" */
export function formatBudget(budget: Budget | null, unit: Unit): string {
  if (!budget) return '-'
  if (budget.on === 'ratio') return `${budget.op} ${formatValue(budget.limit, 'x')}`
  const limit =
    Number.isInteger(budget.limit) && (unit === 'KiB' || unit === 'MiB')
      ? `${budget.limit} ${unit}`
      : formatValue(budget.limit, unit)
  return `${budget.op} ${limit}`
}

/** The row as the table's cells, in COLUMNS order. */
export function rowCells(row: Row): string[] {
  const v = row.value
  return [
    row.figure,
    v ? formatValue(v.median, row.unit) : NOT_AVAILABLE,
    v && v.runs > 1 ? formatValue(v.min, row.unit) : '-',
    v && v.runs > 1 ? formatValue(v.max, row.unit) : '-',
    row.baseline ? formatValue(row.baseline.median, row.unit) : '-',
    row.ratio ? formatValue(row.ratio.median, 'x') : '-',
    formatBudget(row.budget, row.unit),
    statusLabel(row.status),
  ]
}

/** Upper-case for the outcomes a reader must not miss. */
export function statusLabel(status: Status): string {
  return status === 'pass' ? 'pass' : status === 'fail' ? 'FAIL' : status
}

/**
 * A GitHub-flavoured Markdown table with padded columns, so the same text reads well in a terminal
 * and renders as a table in the repository.
 */
export function renderTable(rows: readonly Row[]): string {
  const body = rows.map((row) => rowCells(row).map(escapeCell))
  const header = [...COLUMNS]
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`
  return [line(header), rule, ...body.map(line)].join('\n')
}

/** Notes of the rows that have one, numbered by figure, for under the table. */
export function renderNotes(rows: readonly Row[]): string {
  return rows
    .filter((row) => row.note || row.baselineLabel)
    .map((row) => {
      const parts = [row.baselineLabel ? `baseline: ${row.baselineLabel}` : null, row.note].filter(Boolean)
      return `- ${row.figure}: ${parts.join('; ')}`
    })
    .join('\n')
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ')
}

function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
