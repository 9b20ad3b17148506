import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { measureSqliteInserts, SERVER_PRAGMAS } from '../baseline/sqlite-inserts'
import { capabilityGap } from '../lib/probe'
import type { Capability, ServerTarget } from '../lib/probe'
import { unavailableRow } from '../lib/rows'
import type { Row } from '../lib/rows'

/** Form flows and their submissions: the forms issue. */
export const SUBMISSIONS: Capability = { path: '/api/applications', what: 'form submissions' }

/** How long each baseline run inserts rows. */
export const INSERT_RUN_MS = 1000

/** Raw better-sqlite3 inserts of form-like rows, one transaction each, `runs` times on fresh files. */
export async function measureSqliteBaseline(tmpDir: string, runs: number): Promise<number[]> {
  const results: number[] = []
  for (let i = 0; i < runs; i++) {
    const dir = await mkdtemp(path.join(tmpDir, 'sqlite-'))
    try {
      results.push(measureSqliteInserts(path.join(dir, 'baseline.sqlite'), INSERT_RUN_MS).rowsPerSecond)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
  return results
}

/** The form submission row: not available until the server takes submissions; the baseline is ready. */
export async function submissionRows(server: ServerTarget, baseline: number[] | string): Promise<Row[]> {
  const gap = await capabilityGap(server, SUBMISSIONS)
  const reason =
    gap ??
    'the server now takes submissions, but this figure is not measured yet (bench/figures/submissions.ts)'
  return [
    unavailableRow({
      id: 'forms.submissions',
      figure: 'form submissions per second (SQLite, full validation)',
      unit: 'rows/s',
      baseline: typeof baseline === 'string' ? null : baseline,
      baselineLabel: `raw better-sqlite3 inserts of form-like rows (~0.5 KB JSON), one transaction each, pragmas ${SERVER_PRAGMAS.join(', ')}`,
      budget: { on: 'ratio', op: '>=', limit: 0.3 },
      reason: typeof baseline === 'string' ? `${reason}; the baseline failed: ${baseline}` : reason,
    }),
  ]
}
