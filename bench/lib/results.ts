import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { MachineFacts } from './machine'
import { formatMachineFacts } from './machine'
import type { Row } from './rows'
import { renderNotes, renderTable } from './table'

/** Everything one `npm run bench` produced; written as bench/results/latest.json. */
export interface BenchReport {
  startedAt: string
  durationSeconds: number
  runs: number
  machine: MachineFacts
  rows: Row[]
  /** Runs that failed (and were left out of the figures), with the reason. */
  failures: string[]
  /** Per-figure raw material worth keeping: script lists, hall frame stats. */
  details: Record<string, unknown>
}

/** The report as Markdown: machine facts, the table, then the notes under it. */
export function renderReport(report: BenchReport): string {
  const failed = report.rows.filter((r) => r.status === 'fail').length
  const passed = report.rows.filter((r) => r.status === 'pass').length
  return [
    '# OneHall benchmark',
    '',
    `${report.startedAt}, ${report.durationSeconds.toFixed(0)} s, median of ${report.runs} runs per figure ` +
      `(min and max beside it). ${passed} within budget, ${failed} over budget.`,
    '',
    '```',
    formatMachineFacts(report.machine),
    '```',
    '',
    renderTable(report.rows),
    '',
    '## Notes',
    '',
    renderNotes(report.rows),
    ...(report.failures.length > 0
      ? ['', '## Failed runs', '', ...report.failures.map((f) => `- ${f}`)]
      : []),
    '',
  ].join('\n')
}

/** Writes latest.json and latest.md into `dir`; returns their paths. */
export async function writeResults(dir: string, report: BenchReport): Promise<{ json: string; md: string }> {
  await mkdir(dir, { recursive: true })
  const json = path.join(dir, 'latest.json')
  const md = path.join(dir, 'latest.md')
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`)
  await writeFile(md, renderReport(report))
  return { json, md }
}
