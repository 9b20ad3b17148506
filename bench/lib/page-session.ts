import { gzipSync } from 'node:zlib'
import type { Browser, BrowserContext, Page, Response } from '@playwright/test'
import { freshContext } from './browser'
import { FRAME_COUNTER, READY_PROBE, waitFrames } from './page-scripts'
import { processCpuDelta } from './process-cpu'

/** A page opened in a fresh browser context, with the problems the page reported along the way. */
export interface OpenedPage {
  browser: Browser
  context: BrowserContext
  page: Page
  errors: string[]
  close(): Promise<void>
}

/** Opens a new context and page, installs the ready probe and collects console errors and HTTP errors. */
export async function openPage(browser: Browser): Promise<OpenedPage> {
  const context = await freshContext(browser)
  await context.addInitScript(READY_PROBE)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  // The console only says "404"; keep which URL it was.
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${new URL(r.url()).pathname}`)
  })
  return { browser, context, page, errors, close: () => context.close() }
}

/** One JavaScript file the page loaded, with what it costs gzipped and what it cost on the wire. */
export interface ScriptLoad {
  url: string
  /** Uncompressed size. */
  bytes: number
  /** Its gzip size: the wire size when the server sent it gzipped, else gzipped here at level 9. */
  gzipBytes: number
  /** `content-encoding` when the server compressed it itself (gzip, br...), else null. */
  encoding: string | null
  /** Bytes of the body on the wire (as the server encoded it). */
  wireBytes: number
  /** Epoch ms when the request started. */
  startedAt: number
}

/**
 * Records every script response of the page. `scripts()` resolves the bodies; filter by
 * `startedAt` to keep what was requested before a given moment.
 */
export function recordScripts(page: Page): { scripts(): Promise<ScriptLoad[]> } {
  const pending: Promise<ScriptLoad | null>[] = []
  page.on('response', (response) => {
    if (isScript(response)) pending.push(measureScript(response).catch(() => null))
  })
  return {
    scripts: async () => (await Promise.all(pending)).filter((s): s is ScriptLoad => s !== null),
  }
}

function isScript(response: Response): boolean {
  const type = response.request().resourceType()
  const contentType = response.headers()['content-type'] ?? ''
  return type === 'script' || /javascript|ecmascript/.test(contentType)
}

async function measureScript(response: Response): Promise<ScriptLoad | null> {
  if (response.status() !== 200) return null
  const body = await response.body()
  const encoding = response.headers()['content-encoding'] ?? null
  const compressed = encoding && encoding !== 'identity'
  const wire = compressed ? (await response.request().sizes()).responseBodySize : body.length
  return {
    url: response.url(),
    bytes: body.length,
    gzipBytes: encoding === 'gzip' ? wire : gzipSync(body, { level: 9 }).length,
    encoding: compressed ? encoding : null,
    wireBytes: wire,
    startedAt: response.request().timing().startTime,
  }
}

/**
 * Waits until the probe saw `__onehall.ready` (or the given global is set, for baseline pages) and
 * returns that moment in ms after navigation start, plus the page's time origin in epoch ms.
 */
export async function waitForReady(
  page: Page,
  globalName: '__benchReadyAt' | '__firstFrame',
  timeoutMs: number,
): Promise<{ readyMs: number; timeOrigin: number }> {
  await waitForExpression(page, `window.${globalName} !== undefined`, timeoutMs)
  return (await page.evaluate(`({ readyMs: window.${globalName}, timeOrigin: performance.timeOrigin })`)) as {
    readyMs: number
    timeOrigin: number
  }
}

/**
 * Polls a JavaScript expression in the page until it is true. (Playwright's waitForFunction with a
 * string compiles it inside the page, which OneHall's strict CSP forbids; evaluate does not.)
 */
export async function waitForExpression(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while ((await page.evaluate(expression)) !== true) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Resolves after `n` animation frames of the page. */
export async function nextFrames(page: Page, n: number): Promise<void> {
  await page.evaluate(waitFrames(n))
}

/** Main-thread CPU of a page while it keeps drawing. */
export interface FrameCpu {
  /** Renderer main-thread task time per animation frame. */
  taskMsPerFrame: number
  /** The JavaScript part of it. */
  scriptMsPerFrame: number
  /** CPU of Chromium's GPU process per frame: with software WebGL (SwiftShader) the rasterizing. */
  gpuProcessMsPerFrame: number
  /** CPU of every browser process together per frame (renderer threads, GPU, browser, network). */
  allProcessesMsPerFrame: number
  framesPerSecond: number
  frames: number
}

/**
 * Main-thread busy time per frame over `durationMs`: the deltas of Chromium's TaskDuration and
 * ScriptDuration counters (DevTools protocol Performance domain) divided by the animation frames
 * counted in the page over the same window.
 */
export async function measureFrameCpu(opened: OpenedPage, durationMs: number): Promise<FrameCpu> {
  const { context, page } = opened
  const cdp = await context.newCDPSession(page)
  const browserCdp = await opened.browser.newBrowserCDPSession()
  const processes = async () => (await browserCdp.send('SystemInfo.getProcessInfo')).processInfo
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' })
  await page.evaluate(FRAME_COUNTER)
  await nextFrames(page, 2)
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics')
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
    const frames = (await page.evaluate('window.__benchFrames')) as number
    return { task: get('TaskDuration'), script: get('ScriptDuration'), time: get('Timestamp'), frames }
  }
  const startProcesses = await processes()
  const start = await read()
  await page.waitForTimeout(durationMs)
  const end = await read()
  const endProcesses = await processes()
  await cdp.detach()
  await browserCdp.detach()
  const cpu = processCpuDelta(startProcesses, endProcesses)
  const frames = end.frames - start.frames
  if (frames <= 0) throw new Error('the page drew no frames while its CPU time was measured')
  return {
    taskMsPerFrame: ((end.task - start.task) * 1000) / frames,
    scriptMsPerFrame: ((end.script - start.script) * 1000) / frames,
    gpuProcessMsPerFrame: (cpu.gpu * 1000) / frames,
    allProcessesMsPerFrame: (cpu.all * 1000) / frames,
    framesPerSecond: frames / (end.time - start.time),
    frames,
  }
}
