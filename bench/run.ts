/**
 * `npm run bench`: measures the hall, the calls and the server against their baselines on this
 * machine and writes bench/results/latest.{json,md}. See docs/benchmarks.md.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildBaselinePages } from './baseline/build-pages'
import { serveStatic } from './baseline/static-server'
import { runDesktop } from './figures/desktop-runs'
import type { DesktopSamples } from './figures/desktop-runs'
import { frameCpuRows } from './figures/frame-cpu'
import { loadRows } from './figures/load'
import { memoryRows, sampleResident } from './figures/memory'
import type { WaitingRound } from './figures/hub-waiting'
import {
  describeEcho,
  measureWsEcho,
  RELAY_LOAD,
  realtimeRows,
  startRealtimeBaselineServer,
} from './figures/realtime'
import { measureHub } from './figures/hub-figures'
import { measureRawCall } from './figures/video-call'
import { counterCallFigure } from './figures/counter-call'
import { renderRows } from './figures/render'
import { measureSubmissions, submissionRows } from './figures/submissions'
import { measureVr } from './figures/vr'
import { launchBrowser } from './lib/browser'
import { formatMachineFacts, readMachineFacts } from './lib/machine'
import { Cleanups, runToEnd } from './lib/processes'
import { renderReport, writeResults } from './lib/results'
import type { BenchReport } from './lib/results'
import type { Row } from './lib/rows'
import { startAppServer } from './lib/server'
import type { AppServer } from './lib/server'
import type { ServerTarget } from './lib/probe'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT_HALL = 'city-centre'
const GRID_HALL = 'grid-200'
/** The server's log of the last bench run (bench/results is not committed). */
const SERVER_LOG = path.join(ROOT, 'bench/results/latest-server.log')
/** No desktop round starts later than this after the bench started; the rest takes about a minute. */
const DESKTOP_DEADLINE_MS = 7.5 * 60_000
const VR_DEADLINE_MS = 8.5 * 60_000
/** No submission run starts later than this (each takes at most ~25 s). */
const SUBMISSIONS_DEADLINE_MS = 9 * 60_000

/** Figure families `--only` can pick; every one runs by default. */
export const FAMILIES = ['render', 'vr', 'realtime', 'submissions', 'memory'] as const
export type Family = (typeof FAMILIES)[number]

interface Options {
  runs: number
  cpuMs: number
  rebuild: boolean
  only: ReadonlySet<Family>
}

const USAGE = `usage: npm run bench [-- --runs N] [--cpu-ms MS] [--rebuild] [--only LIST]
  --runs N      runs per figure, the median is reported (default 5)
  --only LIST   measure only these figure families, comma-separated: ${FAMILIES.join(', ')}
                (render = draw calls, growth, JS, first frame, CPU per frame)
  --cpu-ms MS   how long CPU time per frame is sampled in each run (default 3000)
  --rebuild     build the client even when dist/client exists`

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      'cpu-ms': { type: 'string', default: '3000' },
      rebuild: { type: 'boolean', default: false },
      only: { type: 'string', default: FAMILIES.join(',') },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const runs = Number(values.runs)
  const cpuMs = Number(values['cpu-ms'])
  if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error(`--runs must be 1..20\n${USAGE}`)
  if (!Number.isFinite(cpuMs) || cpuMs < 500 || cpuMs > 20_000)
    throw new Error(`--cpu-ms must be 500..20000\n${USAGE}`)
  return { runs, cpuMs, rebuild: values.rebuild, only: parseFamilies(values.only) }
}

/** The families named in `--only` ("submissions,render"). @throws for an unknown name */
export function parseFamilies(list: string): ReadonlySet<Family> {
  const names = list
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '')
  const unknown = names.filter((n) => !(FAMILIES as readonly string[]).includes(n))
  if (names.length === 0 || unknown.length > 0)
    throw new Error(`--only takes ${FAMILIES.join(', ')}; got "${list}"\n${USAGE}`)
  return new Set(names as Family[])
}

/** Runs the whole benchmark; resolves with the report. Everything started is stopped before it returns. */
export async function runBench(argv: string[]): Promise<BenchReport> {
  const options = parseOptions(argv)
  const cleanups = new Cleanups()
  let interrupted = false
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = true
    console.error(`\n${signal}: stopping everything the bench started...`)
    void cleanups.runAll().finally(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  const started = Date.now()
  // After an interrupt the runs still in flight fail one by one as things stop; that is not news.
  const log = (line: string) => {
    if (!interrupted) console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`)
  }
  try {
    const machine = readMachineFacts()
    console.log(formatMachineFacts(machine))
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'onehall-bench-run-'))
    cleanups.add('temporary folder', () => rm(tmp, { recursive: true, force: true }))
    const details: Record<string, unknown> = {}

    const want = (family: Family) => options.only.has(family)
    if (options.only.size < FAMILIES.length) log(`only: ${[...options.only].join(', ')}`)

    // Baselines that need no app run first, while nothing else is running.
    const realtime = want('realtime') ? await startRealtimeBaselineServer(ROOT, tmp, cleanups) : null
    let echo: Awaited<ReturnType<typeof measureWsEcho>> | string = 'not measured'
    if (realtime) {
      log('baseline: raw ws echo server at 1,000 messages/s')
      echo = await measureWsEcho(realtime.wsOrigin, options.runs).catch((e: Error) => e.message)
      if (typeof echo !== 'string') for (const run of echo) log(`  ${describeEcho(run)}`)
      else log(`  failed: ${echo}`)
    }

    // The API figures only need the server; the hall figures also need the client build.
    const needsHall = want('render') || want('vr')
    const clientProblem = needsHall ? await prepareClient(options.rebuild, log) : 'not asked for'
    let server: AppServer | null = null
    let serverProblem: string | null = existsSync(path.join(ROOT, 'src/server/main.ts'))
      ? null
      : 'the server has not landed (no src/server/main.ts)'
    if (!serverProblem) {
      log('starting the OneHall server')
      await mkdir(path.dirname(SERVER_LOG), { recursive: true })
      server = await startAppServer(ROOT, SERVER_LOG, cleanups).catch((e: Error) => {
        serverProblem = e.message
        return null
      })
    }
    const target: ServerTarget = server
      ? { origin: server.origin, pid: server.process.pid }
      : { problem: firstLine(serverProblem ?? 'the OneHall server could not be started') }
    const halls = server ? await listHalls(server.origin) : []
    const gridHall = halls.includes(GRID_HALL) ? GRID_HALL : null
    const appProblem =
      'problem' in target
        ? target.problem
        : (clientProblem ??
          (halls.includes(DEFAULT_HALL) ? null : `the server does not serve the hall "${DEFAULT_HALL}"`))
    if (appProblem && needsHall) log(`hall figures not available: ${appProblem}`)
    const appOrigin = appProblem ? null : (server?.origin ?? null)

    const rows: Row[] = []
    let desktop: DesktopSamples = { bare: [], hall: [], grid: [], failures: [] }
    let idle: number[] = []
    let call: Awaited<ReturnType<typeof measureRawCall>> | string = 'not measured'
    let counterCall: number[] | string = 'not measured'
    if (needsHall || realtime) {
      log('building the baseline pages (bare three.js, raw WebRTC call)')
      const pagesDir = path.join(tmp, 'pages')
      await buildBaselinePages(pagesDir)
      const bare = await serveStatic(pagesDir)
      cleanups.add('baseline page server', () => bare.close())

      const browser = await launchBrowser(cleanups)
      machine.browser = `Chromium ${browser.version()}`
      if (want('render')) {
        log(`desktop pages: ${options.runs} runs + 1 warm-up (${machine.browser})`)
        desktop = await runDesktop(browser, {
          bareOrigin: bare.origin,
          appOrigin,
          defaultHall: DEFAULT_HALL,
          gridHall,
          runs: options.runs,
          cpuMs: options.cpuMs,
          log,
          deadline: started + DESKTOP_DEADLINE_MS,
        })
        details.scripts = desktop.hall[0]?.scripts.map((s) => ({
          url: s.url,
          bytes: s.bytes,
          gzipBytes: s.gzipBytes,
          wireBytes: s.wireBytes,
          encoding: s.encoding,
        }))
        details.frameStats = desktop.hall.map((s) => s.frameStats)
        details.pageErrors = [
          ...new Set([...desktop.hall, ...desktop.grid, ...desktop.bare].flatMap((s) => s.errors)),
        ]
      }

      const serverDied = server ? await serverDeath(server) : null
      if (serverDied) {
        desktop.failures.push(serverDied)
        log(serverDied)
      }
      if (server && want('memory')) idle = await sampleResident(server.process.pid, options.runs, 1000)
      if (realtime) {
        log('baseline: raw RTCPeerConnection call between two pages')
        call = await measureRawCall(browser, bare.origin, `${realtime.wsOrigin}/relay`, options.runs).catch(
          (e: Error) => e.message.split('\n')[0] ?? e.message,
        )
        log(
          typeof call === 'string'
            ? `  failed: ${call}`
            : `  ${call.map((ms) => `${Math.round(ms)} ms`).join(', ')}`,
        )
        await realtime.stop()
        counterCall = await counterCallFigure(browser, server ?? serverProblem, options.runs, log)
      }
      const render = want('render')
        ? renderRows(desktop, { defaultHall: DEFAULT_HALL, gridHall }, appProblem)
        : []
      // The issue's order: draw calls and triangles, the VR row, the growth rows, then the rest.
      rows.push(...render.filter((r) => !r.id.startsWith('growth.')))
      if (want('vr')) {
        log('VR: looking for window.__onehall.xr')
        rows.push(
          await measureVr(
            browser,
            ROOT,
            appOrigin,
            appProblem,
            DEFAULT_HALL,
            options.runs,
            started + VR_DEADLINE_MS,
          ),
        )
      }
      rows.push(...render.filter((r) => r.id.startsWith('growth.')))
      if (want('render'))
        rows.push(
          ...loadRows(desktop, DEFAULT_HALL, appProblem),
          ...frameCpuRows(desktop, DEFAULT_HALL, appProblem),
        )
    } else if (server && want('memory')) {
      idle = await sampleResident(server.process.pid, options.runs, 1000)
    }
    let waitingRounds: WaitingRound[] | string = 'the realtime family was not asked for'
    if (realtime) {
      const hub = server
        ? await measureHub(
            { origin: server.origin, pid: server.process.pid, dbFile: server.dbFile },
            { runs: options.runs, load: RELAY_LOAD, log },
          ).catch((e: Error) => `the hub figures failed: ${firstLine(e.message)}`)
        : firstLine(serverProblem ?? 'no server')
      if (typeof hub === 'string') log(`  hub figures not available: ${hub}`)
      else details.hubWaiting = hub.waiting
      waitingRounds = typeof hub === 'string' ? hub : hub.waiting
      rows.push(...(await realtimeRows(target, echo, call, hub, counterCall)))
    }
    if (want('submissions')) {
      log(`submissions: ${options.runs} runs, each the raw better-sqlite3 baseline then the server`)
      const submissions = await measureSubmissions(target, {
        tmpDir: tmp,
        runs: options.runs,
        deadline: started + SUBMISSIONS_DEADLINE_MS,
        log,
      })
      if (submissions.gap) log(`  submissions not available: ${submissions.gap}`)
      details.submissionRuns = submissions.runs
      rows.push(...submissionRows(submissions))
    }
    if (want('memory')) rows.push(...(await memoryRows(target, idle, waitingRounds)))

    const report: BenchReport = {
      startedAt: new Date(started).toISOString(),
      durationSeconds: (Date.now() - started) / 1000,
      runs: options.runs,
      machine,
      rows,
      failures: desktop.failures,
      details,
    }
    const written = await writeResults(path.join(ROOT, 'bench/results'), report)
    console.log(`\n${renderReport(report)}`)
    console.log(`written: ${path.relative(ROOT, written.md)}, ${path.relative(ROOT, written.json)}`)
    return report
  } finally {
    await cleanups.runAll()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/**
 * Builds dist/client when it is missing (or asked to); returns why the hall cannot be measured, or null.
 * A build elsewhere can be measured with `ONEHALL_CLIENT_DIR` (passed on to the server); it is never
 * rebuilt by the bench.
 */
async function prepareClient(rebuild: boolean, log: (line: string) => void): Promise<string | null> {
  const custom = process.env.ONEHALL_CLIENT_DIR
  if (custom) {
    return existsSync(path.resolve(ROOT, custom, 'index.html'))
      ? null
      : `no client build in ONEHALL_CLIENT_DIR=${custom}`
  }
  if (!rebuild && existsSync(path.join(ROOT, 'dist/client/index.html'))) return null
  log('building the client (npx vite build)')
  try {
    await runToEnd('npx', ['vite', 'build'], ROOT)
    return null
  } catch (error) {
    return `the client build failed: ${(error as Error).message}`
  }
}

/** A failure line when the server is no longer running, with the end of its log; else null. */
async function serverDeath(server: AppServer): Promise<string | null> {
  const { child } = server.process
  if (child.exitCode === null && child.signalCode === null) return null
  const tail = (await server.process.logTail(5)).replaceAll('\n', ' | ')
  return `the OneHall server exited (${child.exitCode ?? child.signalCode}) during the bench; log ${path.relative(ROOT, SERVER_LOG)} ends: ${tail}`
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}

async function listHalls(origin: string): Promise<string[]> {
  try {
    const response = await fetch(`${origin}/api/halls`)
    const body = (await response.json()) as { halls?: { id: string }[] }
    return body.halls?.map((h) => h.id) ?? []
  } catch {
    return []
  }
}
