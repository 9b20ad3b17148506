import type { Browser } from '@playwright/test'
import type { FrameCpu, ScriptLoad } from '../lib/page-session'
import { measureFrameCpu, nextFrames, openPage, recordScripts, waitForReady } from '../lib/page-session'

/** What the renderer reported for the last frame (`window.__onehall.renderInfo()`). */
export interface RenderInfo {
  calls: number
  triangles: number
  geometries: number
  textures: number
}

/** One load of a hall page, from navigation to standing at the entrance. */
export interface HallSample {
  /** Which round of the interleaved runs it was measured in (pairs it with the baseline). */
  run: number
  hallId: string
  firstFrameMs: number
  scripts: ScriptLoad[]
  jsGzipBytes: number
  renderInfo: RenderInfo
  cpu: FrameCpu | null
  /** `window.__onehall.frameStats()` when the hall provides it. */
  frameStats: unknown
  errors: string[]
}

/** One load of the bare three.js page. */
export interface BareSample {
  run: number
  firstFrameMs: number
  cpu: FrameCpu | null
  errors: string[]
}

/** How long the bench waits for a page's first frame before giving up on that run. */
export const READY_TIMEOUT_MS = 60_000
/** Frames drawn after ready before the render counters are read, so late loads settle. */
export const SETTLE_FRAMES = 10

/**
 * Loads `/?hall=<id>` in a fresh context: time to `__onehall.ready`, the scripts requested before it,
 * the renderer's counters from the entrance view and, when `cpuMs` is given, CPU time per frame
 * standing there.
 */
export async function measureHall(
  browser: Browser,
  origin: string,
  hallId: string,
  cpuMs: number | null,
  run = 0,
): Promise<HallSample> {
  const opened = await openPage(browser)
  try {
    const { page } = opened
    const recorder = recordScripts(page)
    await page.goto(`${origin}/?hall=${encodeURIComponent(hallId)}`, { waitUntil: 'commit' })
    const { readyMs, timeOrigin } = await waitForReady(page, '__benchReadyAt', READY_TIMEOUT_MS)
    const readyAt = timeOrigin + readyMs
    await nextFrames(page, SETTLE_FRAMES)
    await page.evaluate('window.__onehall.renderInfo()')
    await nextFrames(page, 5)
    const renderInfo = (await page.evaluate('window.__onehall.renderInfo()')) as RenderInfo
    const cpu = cpuMs ? await measureFrameCpu(opened, cpuMs) : null
    const frameStats = await page.evaluate(
      'typeof window.__onehall.frameStats === "function" ? window.__onehall.frameStats() : null',
    )
    const scripts = (await recorder.scripts()).filter((s) => s.startedAt <= readyAt)
    return {
      run,
      hallId,
      firstFrameMs: readyMs,
      scripts,
      jsGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
      renderInfo,
      cpu,
      frameStats,
      errors: opened.errors,
    }
  } finally {
    await opened.close()
  }
}

/** Loads the bare three.js baseline page the same way. */
export async function measureBare(
  browser: Browser,
  origin: string,
  cpuMs: number | null,
  run = 0,
): Promise<BareSample> {
  const opened = await openPage(browser)
  try {
    await opened.page.goto(`${origin}/bare-three.html`, { waitUntil: 'commit' })
    const { readyMs } = await waitForReady(opened.page, '__firstFrame', READY_TIMEOUT_MS)
    await nextFrames(opened.page, SETTLE_FRAMES)
    const cpu = cpuMs ? await measureFrameCpu(opened, cpuMs) : null
    return { run, firstFrameMs: readyMs, cpu, errors: opened.errors }
  } finally {
    await opened.close()
  }
}

/** Samples of every desktop run, and why runs that failed did. */
export interface DesktopSamples {
  bare: BareSample[]
  hall: HallSample[]
  grid: HallSample[]
  failures: string[]
}

/**
 * Runs the desktop pages `runs` times, interleaved (bare page, default hall, 200-counter hall; the
 * first two swap places every other run) so drift of the machine hits figure and baseline alike.
 * One extra warm-up round first is thrown away (cold disk cache, first compile of the server).
 */
export async function runDesktop(
  browser: Browser,
  options: {
    bareOrigin: string
    appOrigin: string | null
    defaultHall: string
    gridHall: string | null
    runs: number
    cpuMs: number
    log: (line: string) => void
    /** Epoch ms after which no new round starts, so the whole bench stays within its time. */
    deadline: number
  },
): Promise<DesktopSamples> {
  const samples: DesktopSamples = { bare: [], hall: [], grid: [], failures: [] }
  const attempt = async <T>(label: string, keep: boolean, fn: () => Promise<T>, into: T[]) => {
    try {
      const sample = await fn()
      if (keep) into.push(sample)
    } catch (error) {
      const message = `${label}: ${shorten((error as Error).message)}`
      samples.failures.push(message)
      options.log(`  failed ${message}`)
    }
  }
  for (let run = 0; run <= options.runs; run++) {
    const keep = run > 0
    if (Date.now() > options.deadline) {
      const message = `runs ${run}..${options.runs} skipped: the bench ran out of its time (machine too busy?)`
      samples.failures.push(message)
      options.log(`  ${message}`)
      break
    }
    options.log(keep ? `  desktop run ${run}/${options.runs}` : '  desktop warm-up run')
    const bare = () =>
      attempt(
        'bare page',
        keep,
        () => measureBare(browser, options.bareOrigin, options.cpuMs, run),
        samples.bare,
      )
    const app = options.appOrigin
    const hall = () =>
      app
        ? attempt(
            `hall ${options.defaultHall}`,
            keep,
            () => measureHall(browser, app, options.defaultHall, options.cpuMs, run),
            samples.hall,
          )
        : Promise.resolve()
    if (run % 2 === 0) {
      await bare()
      await hall()
    } else {
      await hall()
      await bare()
    }
    if (app && options.gridHall) {
      const grid = options.gridHall
      await attempt(`hall ${grid}`, keep, () => measureHall(browser, app, grid, null, run), samples.grid)
    }
  }
  return samples
}

/** The first line of an error, at most 200 characters: enough to tell failures apart in the table notes. */
function shorten(message: string): string {
  const line = message.split('\n')[0] ?? message
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}
