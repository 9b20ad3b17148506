import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import type { Answers } from '../../src/shared/flow'

/** One run of the submission load: how many went through and how fast. */
export interface SubmissionRun {
  /** Applications created (201) in the submit phase. */
  submitted: number
  /** Submits per second over the submit phase. */
  submitsPerSecond: number
  /** Whole applications (draft + save + submit) per second over both phases. */
  fullPerSecond: number
  prepareMs: number
  submitMs: number
  /** Requests that did not get the expected answer, with up to three distinct reasons. */
  failed: number
  reasons: string[]
  /** CPU time (user + system) the server process spent per submit in the submit phase; null if unreadable. */
  serverCpuMsPerSubmit: number | null
}

/** How one run loads the server. */
export interface SubmissionPlan {
  origin: string
  serviceId: string
  hallId: string
  /** Concurrent HTTP clients (each one keep-alive connection). */
  clients: number
  /** Applications per run, at most. */
  count: number
  /** Each phase stops taking new work after this long. */
  phaseMs: number
  /** The answers of the i-th application. */
  answers: (i: number) => Answers
  /** Index of the run's first application, so runs do not repeat each other's answers. */
  first: number
  /** The server's process id, to read its CPU time from /proc. */
  serverPid?: number
}

const REQUEST_TIMEOUT_MS = 10_000

/**
 * Two timed phases with `clients` concurrent keep-alive clients on loopback: first each application's
 * draft is created (`POST /api/drafts`) and its answers saved (`PUT /api/drafts/:code`); then every
 * prepared draft is submitted (`POST /api/applications`, a fresh Idempotency-Key each, declaration
 * accepted) and must come back 201 `submitted`. Bounded by `count` and by `phaseMs` per phase.
 */
export async function runSubmissionLoad(plan: SubmissionPlan): Promise<SubmissionRun> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.clients })
  const failures = new Failures()
  try {
    const call = (method: string, pathname: string, body: unknown, headers: Record<string, string> = {}) =>
      requestJson(agent, plan.origin, method, pathname, body, { 'X-OneHall-CSRF': '1', ...headers })

    const codes: string[] = []
    const prepareStart = performance.now()
    let next = 0
    await workers(plan.clients, async () => {
      while (next < plan.count && performance.now() - prepareStart < plan.phaseMs) {
        const i = plan.first + next++
        const created = await call('POST', '/api/drafts', { serviceId: plan.serviceId, hallId: plan.hallId })
        const code = (created.body as { draft?: { resumeCode?: string } } | null)?.draft?.resumeCode
        if (created.status !== 201 || !code) {
          failures.add('POST /api/drafts', created)
          continue
        }
        const saved = await call('PUT', `/api/drafts/${code}`, { answers: plan.answers(i) })
        if (saved.status !== 200) {
          failures.add('PUT /api/drafts/:code', saved)
          continue
        }
        codes.push(code)
      }
    })
    const prepareMs = performance.now() - prepareStart

    const cpuBefore = await processCpuMs(plan.serverPid)
    const submitStart = performance.now()
    let submitted = 0
    let taken = 0
    await workers(plan.clients, async () => {
      while (taken < codes.length && performance.now() - submitStart < plan.phaseMs) {
        const resumeCode = codes[taken++] as string
        const answer = await call(
          'POST',
          '/api/applications',
          { resumeCode, declarationAccepted: true },
          { 'Idempotency-Key': randomUUID() },
        )
        const status = (answer.body as { application?: { status?: string } } | null)?.application?.status
        if (answer.status === 201 && status === 'submitted') submitted++
        else failures.add('POST /api/applications', answer)
      }
    })
    const submitMs = performance.now() - submitStart
    const cpuAfter = await processCpuMs(plan.serverPid)
    return {
      submitted,
      submitsPerSecond: (submitted * 1000) / submitMs,
      fullPerSecond: (submitted * 1000) / (prepareMs + submitMs),
      prepareMs,
      submitMs,
      failed: failures.count,
      reasons: failures.reasons,
      serverCpuMsPerSubmit:
        cpuBefore !== null && cpuAfter !== null && submitted > 0 ? (cpuAfter - cpuBefore) / submitted : null,
    }
  } finally {
    agent.destroy()
  }
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const USER_HZ = 100

/**
 * User + system CPU milliseconds a process has used, from /proc/<pid>/stat (fields 14 and 15,
 * counted after the parenthesised command name, which may contain spaces); null where unreadable.
 */
export function parseProcStatCpuMs(stat: string): number | null {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // fields[0] is field 3 (state), so utime (14) and stime (15) are fields[11] and fields[12].
  const user = Number(fields[11])
  const system = Number(fields[12])
  return Number.isFinite(user) && Number.isFinite(system) ? ((user + system) * 1000) / USER_HZ : null
}

async function processCpuMs(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null)
  return stat === null ? null : parseProcStatCpuMs(stat)
}

/** Runs `n` copies of `work` side by side and waits for all of them. */
async function workers(n: number, work: () => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: n }, () => work()))
}

interface JsonAnswer {
  status: number
  body: unknown
}

/** Counts failed requests and keeps the first few distinct reasons ("PUT ...: 422 validation_failed"). */
class Failures {
  count = 0
  readonly reasons: string[] = []
  add(what: string, answer: JsonAnswer): void {
    this.count++
    const error = (answer.body as { error?: { code?: string; details?: unknown } } | null)?.error
    const reason = `${what}: ${answer.status} ${error?.code ?? ''} ${error?.details ? JSON.stringify(error.details).slice(0, 200) : ''}`
    if (this.reasons.length < 3 && !this.reasons.includes(reason.trim())) this.reasons.push(reason.trim())
  }
}

/** One JSON request over the keep-alive agent; a network error or timeout answers status 0. */
function requestJson(
  agent: http.Agent,
  origin: string,
  method: string,
  pathname: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<JsonAnswer> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
  return new Promise((resolve) => {
    const request = http.request(
      `${origin}${pathname}`,
      {
        method,
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: {
          ...headers,
          ...(payload
            ? { 'Content-Type': 'application/json', 'Content-Length': String(payload.length) }
            : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          let parsed: unknown = null
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'))
          } catch {
            // not JSON: the status says enough
          }
          resolve({ status: response.statusCode ?? 0, body: parsed })
        })
        response.on('error', () => resolve({ status: 0, body: null }))
      },
    )
    request.on('timeout', () => request.destroy(new Error('timed out')))
    request.on('error', (error) => resolve({ status: 0, body: { error: { code: error.message } } }))
    request.end(payload)
  })
}
