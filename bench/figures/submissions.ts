import { readFileSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { validateSubmission } from '../../src/shared/flow'
import type { Flow } from '../../src/shared/flow'
import { validateHall } from '../../src/shared/scene/validate-hall'
import type { SceneSource } from '../../src/shared/scene/validate-hall'
import { todayInChina } from '../../src/shared/validation'
import { measureSqliteInserts, SERVER_PRAGMAS } from '../baseline/sqlite-inserts'
import type { SubmissionTarget } from '../baseline/sqlite-inserts'
import { capabilityGap } from '../lib/probe'
import type { Capability, ServerTarget } from '../lib/probe'
import { makeRow, unavailableRow } from '../lib/rows'
import type { Row } from '../lib/rows'
import { median } from '../lib/stats'
import { marriageAnswers, SUBMISSION_SERVICE } from './submission-answers'
import { runSubmissionLoad } from './submission-load'
import type { SubmissionRun } from './submission-load'

/** Drafts and submissions: `POST /api/drafts` answers 403 without the CSRF header once it exists. */
export const SUBMISSIONS: Capability = { path: '/api/drafts', method: 'POST', what: 'form submissions' }

/** Concurrent HTTP clients. */
export const SUBMISSION_CLIENTS = 8
/** Applications per run, at most... */
export const SUBMISSIONS_PER_RUN = 2000
/** ...and each of the two phases (prepare drafts, submit them) stops taking work after this long. */
export const SUBMISSION_PHASE_MS = 15_000
/** Applications sent before the first run and not counted (JIT, statement caches). */
export const SUBMISSION_WARMUP = 100
/** How long each baseline run inserts. */
export const INSERT_RUN_MS = 2000
/** Distinct answer sets the baseline cycles through (computed before its clock starts). */
const ANSWER_POOL = 1000

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** What one bench measured for the submission rows, run by run. */
export interface SubmissionSamples {
  /** Baseline submissions per second, one per run. */
  baseline: number[]
  /** Server submits per second, paired with `baseline` run by run (empty when not measured). */
  submits: number[]
  /** Whole applications (draft + save + submit) per second, run by run. */
  full: number[]
  runs: SubmissionRun[]
  /** Why the server figures were not measured, or null. */
  gap: string | null
  /** Why the baseline failed, or null. */
  baselineProblem: string | null
}

/** The service's flow and department, read from the scene files the server serves. */
function loadTarget(): { flow: Flow; target: SubmissionTarget } {
  const { hallId, serviceId } = SUBMISSION_SERVICE
  const servicesDir = `scenes/${hallId}/services`
  const read = (file: string): SceneSource => ({
    file,
    data: JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as unknown,
  })
  const hall = validateHall(
    read(`scenes/${hallId}/hall.json`),
    readdirSync(path.join(ROOT, servicesDir))
      .filter((name) => name.endsWith('.json'))
      .map((name) => read(`${servicesDir}/${name}`)),
  )
  const service = hall.services.find((s) => s.id === serviceId)
  const department = hall.departments.find((d) => d.id === service?.departmentId)
  if (!service?.flow || !department) throw new Error(`${hallId}/${serviceId} has no flow or department`)
  return {
    flow: service.flow,
    target: { serviceId, hallId, departmentId: department.id, letter: department.letter },
  }
}

/**
 * Measures, run by run and one right after the other: the baseline (raw better-sqlite3 writes of the
 * rows a submission stores, on a fresh file) and then, when the server takes submissions, the HTTP
 * load against it. No run starts after `deadline` (epoch ms).
 */
export async function measureSubmissions(
  server: ServerTarget,
  options: { tmpDir: string; runs: number; deadline: number; log: (line: string) => void },
): Promise<SubmissionSamples> {
  const gap = await capabilityGap(server, SUBMISSIONS)
  const samples: SubmissionSamples = {
    baseline: [],
    submits: [],
    full: [],
    runs: [],
    gap,
    baselineProblem: null,
  }
  let loaded: ReturnType<typeof loadTarget>
  try {
    loaded = loadTarget()
  } catch (error) {
    samples.baselineProblem = (error as Error).message
    return samples
  }
  const today = todayInChina()
  // The answers exactly as the server stores them: what validation keeps, as JSON.
  const pool = Array.from({ length: ANSWER_POOL }, (_, i) =>
    JSON.stringify(validateSubmission(loaded.flow, marriageAnswers(i, today), 'zh', { today }).answers),
  )
  const origin = 'origin' in server ? server.origin : null
  const plan = (first: number, count: number) => ({
    origin: origin ?? '',
    ...SUBMISSION_SERVICE,
    clients: SUBMISSION_CLIENTS,
    count,
    phaseMs: SUBMISSION_PHASE_MS,
    answers: (i: number) => marriageAnswers(i, today),
    first,
    ...('pid' in server ? { serverPid: server.pid } : {}),
  })
  if (origin && !gap) {
    const warm = await runSubmissionLoad(plan(0, SUBMISSION_WARMUP))
    if (warm.submitted === 0) {
      samples.gap = `no warm-up submission went through: ${warm.reasons.join('; ') || 'no answer'}`
    }
  }
  for (let run = 0; run < options.runs && Date.now() < options.deadline; run++) {
    const dir = await mkdtemp(path.join(options.tmpDir, 'sqlite-'))
    let baseline: number
    try {
      baseline = measureSqliteInserts(
        path.join(dir, 'baseline.sqlite'),
        INSERT_RUN_MS,
        loaded.target,
        (i) => pool[i % pool.length] as string,
      ).rowsPerSecond
    } catch (error) {
      samples.baselineProblem = (error as Error).message
      break
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
    samples.baseline.push(baseline)
    if (!origin || samples.gap) {
      options.log(`  run ${run + 1}: baseline ${Math.round(baseline)} submissions/s`)
      continue
    }
    const result = await runSubmissionLoad(
      plan(SUBMISSION_WARMUP + run * SUBMISSIONS_PER_RUN, SUBMISSIONS_PER_RUN),
    )
    samples.runs.push(result)
    options.log(`  run ${run + 1}: baseline ${Math.round(baseline)}/s; ${describeRun(result)}`)
    if (result.submitted === 0) {
      samples.baseline.pop()
      continue
    }
    samples.submits.push(result.submitsPerSecond)
    samples.full.push(result.fullPerSecond)
  }
  return samples
}

/** "1,000 submitted: 412 submits/s, 153 whole applications/s, 0 failed" */
export function describeRun(run: SubmissionRun): string {
  return (
    `${run.submitted} submitted: ${Math.round(run.submitsPerSecond)} submits/s ` +
    `(${(run.submitMs / 1000).toFixed(1)} s), ${Math.round(run.fullPerSecond)} whole applications/s ` +
    `(drafts and saves ${(run.prepareMs / 1000).toFixed(1)} s), ${run.failed} failed` +
    (run.serverCpuMsPerSubmit !== null
      ? `, server CPU ${run.serverCpuMsPerSubmit.toFixed(2)} ms/submit`
      : '') +
    (run.reasons.length > 0 ? ` (${run.reasons.join('; ')})` : '')
  )
}

const FIGURE = 'form submissions per second (SQLite, full validation)'
const BASELINE_LABEL =
  'raw better-sqlite3, one transaction per submission inserting its application row (same columns, keys, ' +
  `indexes and answers JSON) and its first history row, prepared statements, pragmas ${SERVER_PRAGMAS.join(', ')}`

/** The submission rows: submits per second against the baseline, and whole applications per second. */
export function submissionRows(samples: SubmissionSamples): Row[] {
  const baseline = samples.baseline.length > 0 ? samples.baseline : null
  if (samples.submits.length === 0) {
    const reasons = [
      samples.gap,
      samples.baselineProblem ? `the baseline failed: ${samples.baselineProblem}` : null,
    ].filter((r): r is string => r !== null)
    return [
      unavailableRow({
        id: 'forms.submissions',
        figure: FIGURE,
        unit: 'rows/s',
        baseline,
        baselineLabel: BASELINE_LABEL,
        budget: { on: 'ratio', op: '>=', limit: 0.3 },
        reason: reasons.length > 0 ? reasons.join('; ') : 'every run failed (see the bench log)',
      }),
    ]
  }
  const failed = samples.runs.reduce((n, r) => n + r.failed, 0)
  const reasons = [...new Set(samples.runs.flatMap((r) => r.reasons))].slice(0, 3)
  const perRun = Math.round(median(samples.runs.map((r) => r.submitted)))
  const cpu = samples.runs.flatMap((r) => (r.serverCpuMsPerSubmit === null ? [] : [r.serverCpuMsPerSubmit]))
  const cpuNote =
    cpu.length > 0 ? `; the server process used ${median(cpu).toFixed(2)} ms of CPU per submit (median)` : ''
  const how =
    `${SUBMISSION_CLIENTS} keep-alive HTTP clients on loopback; per run up to ${SUBMISSIONS_PER_RUN} ` +
    `marriage-registration applications (median ${perRun} submitted), first drafted (POST /api/drafts) and ` +
    `saved (PUT, 12 answers), then submitted (POST /api/applications, fresh Idempotency-Key, full ` +
    `validation); each phase capped at ${SUBMISSION_PHASE_MS / 1000} s; ${SUBMISSION_WARMUP} warm-up ` +
    `submissions not counted. A value is one submission (application + history rows, plus the ` +
    `server's idempotency key, reference counter and draft mark)`
  return [
    makeRow({
      id: 'forms.submissions',
      figure: FIGURE,
      unit: 'rows/s',
      values: samples.submits,
      baseline: samples.baseline,
      baselineLabel: BASELINE_LABEL,
      budget: { on: 'ratio', op: '>=', limit: 0.3 },
      note:
        `${how}${cpuNote}. ${failed} requests failed over all runs` +
        (reasons.length > 0 ? `: ${reasons.join('; ')}` : ''),
    }),
    makeRow({
      id: 'forms.applications',
      figure: 'whole applications per second (draft + save + submit)',
      unit: 'rows/s',
      values: samples.full,
      note: 'the same runs as the submissions row: applications submitted over the time of both phases',
    }),
  ]
}
