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
import { describeEcho, measureWsEcho, realtimeRows, startRealtimeBaselineServer } from './figures/realtime'
import { measureRawCall } from './figures/video-call'
import { renderRows } from './figures/render'
import { measureSqliteBaseline, submissionRows } from './figures/submissions'
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
import { median } from './lib/stats'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT_HALL = 'city-centre'
const GRID_HALL = 'grid-200'
/** The server's log of the last bench run (bench/results is not committed). */
const SERVER_LOG = path.join(ROOT, 'bench/results/latest-server.log')
/** No desktop round starts later than this after the bench started; the rest takes about a minute. */
const DESKTOP_DEADLINE_MS = 7.5 * 60_000
const VR_DEADLINE_MS = 8.5 * 60_000

interface Options {
  runs: number
  cpuMs: number
  rebuild: boolean
}

const USAGE = `usage: npm run bench [-- --runs N] [--cpu-ms MS] [--rebuild]
  --runs N      runs per figure, the median is reported (default 5)
  --cpu-ms MS   how long CPU time per frame is sampled in each run (default 3000)
  --rebuild     build the client even when dist/client exists`

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      'cpu-ms': { type: 'string', default: '3000' },
      rebuild: { type: 'boolean', default: false },
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
  return { runs, cpuMs, rebuild: values.rebuild }
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

    // Baselines that need no app run first, while nothing else is running.
    log('baseline: raw better-sqlite3 inserts')
    const sqlite = await measureSqliteBaseline(tmp, options.runs).catch((e: Error) => e.message)
    if (typeof sqlite !== 'string') log(`  ${Math.round(median(sqlite))} rows/s`)
    log('baseline: raw ws echo server at 1,000 messages/s')
    const realtime = await startRealtimeBaselineServer(ROOT, tmp, cleanups)
    const echo = await measureWsEcho(realtime.wsOrigin, options.runs).catch((e: Error) => e.message)
    if (typeof echo !== 'string') for (const run of echo) log(`  ${describeEcho(run)}`)
    else log(`  failed: ${echo}`)

    // The API figures only need the server; the hall figures also need the client build.
    const clientProblem = await prepareClient(options.rebuild, log)
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
    if (appProblem) log(`hall figures not available: ${appProblem}`)
    const appOrigin = appProblem ? null : (server?.origin ?? null)

    log('building the baseline pages (bare three.js, raw WebRTC call)')
    const pagesDir = path.join(tmp, 'pages')
    await buildBaselinePages(pagesDir)
    const bare = await serveStatic(pagesDir)
    cleanups.add('baseline page server', () => bare.close())

    const browser = await launchBrowser(cleanups)
    machine.browser = `Chromium ${browser.version()}`
    log(`desktop pages: ${options.runs} runs + 1 warm-up (${machine.browser})`)
    const desktop: DesktopSamples = await runDesktop(browser, {
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

    const serverDied = server ? await serverDeath(server) : null
    if (serverDied) {
      desktop.failures.push(serverDied)
      log(serverDied)
    }
    const idle = server ? await sampleResident(server.process.pid, options.runs, 1000) : []
    log('baseline: raw RTCPeerConnection call between two pages')
    const call = await measureRawCall(browser, bare.origin, `${realtime.wsOrigin}/relay`, options.runs).catch(
      (e: Error) => e.message.split('\n')[0] ?? e.message,
    )
    log(
      typeof call === 'string'
        ? `  failed: ${call}`
        : `  ${call.map((ms) => `${Math.round(ms)} ms`).join(', ')}`,
    )
    await realtime.stop()
    log('VR: looking for window.__onehall.xr')
    const vr = await measureVr(
      browser,
      ROOT,
      appOrigin,
      appProblem,
      DEFAULT_HALL,
      options.runs,
      started + VR_DEADLINE_MS,
    )

    const rows: Row[] = [
      ...renderRows(desktop, { defaultHall: DEFAULT_HALL, gridHall }, appProblem),
      vr,
      ...loadRows(desktop, DEFAULT_HALL, appProblem),
      ...frameCpuRows(desktop, DEFAULT_HALL, appProblem),
      ...(await realtimeRows(target, echo, call)),
      ...(await submissionRows(target, sqlite)),
      ...(await memoryRows(target, idle)),
    ]
    // The issue's order: the growth rows follow the VR row.
    const order = (r: Row) =>
      r.id.startsWith('growth.') ? 2.5 : rows.indexOf(r) < 2 ? 1 : r.id === 'vr.calls' ? 2 : 3
    rows.sort((a, b) => order(a) - order(b))

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
