/**
 * Plain pages running OneHall's real call engine against the real server, without the 3D hall: the
 * engine is added to a page of the server's own origin, so its WebSocket goes to the server's /api/ws
 * with the context's cookies, as the app's would.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { build } from 'esbuild'
import { VIEWPORT } from './browser'
import type { CallPageState } from './call-page-script'

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * A real address of the server to run the script in: a page the browser got from 127.0.0.1 itself
 * (Chromium's local network access checks refuse a WebSocket to 127.0.0.1 from a page fulfilled by a
 * Playwright route). Its strict CSP is bypassed for the added script only by the bench's context.
 */
const PAGE_PATH = '/api/health'

/**
 * bench/lib/call-page-script.ts with the engine and the app's WebSocket client as one minified script,
 * as a production build would ship them (the baseline pages are minified too).
 */
export async function callPageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(here, 'call-page-script.ts')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2022',
  })
  const file = result.outputFiles[0]
  if (!file) throw new Error('esbuild produced no call page script')
  return file.text
}

/** A call page in its own fresh context. */
export interface CallPage {
  context: BrowserContext
  page: Page
  /** What the page has seen (socket state, ticket updates, call phase, first frame). */
  state(): Promise<CallPageState>
  close(): Promise<void>
}

/**
 * Opens the call page on `origin` in a new context (fake camera from the browser's flags), with
 * `cookie` (`name=value`, e.g. a clerk session) set for that origin first, and waits until its
 * WebSocket is open.
 */
export async function openCallPage(
  browser: Browser,
  origin: string,
  script: string,
  options: { cookie?: string; timeoutMs: number },
): Promise<CallPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, bypassCSP: true })
  try {
    if (options.cookie) {
      const at = options.cookie.indexOf('=')
      await context.addCookies([
        { name: options.cookie.slice(0, at), value: options.cookie.slice(at + 1), url: origin },
      ])
    }
    const page = await context.newPage()
    await page.goto(`${origin}${PAGE_PATH}`)
    await page.addScriptTag({ content: script })
    const state = async () => (await page.evaluate('window.__benchCall.state')) as CallPageState
    await waitForState(state, (s) => s.socket === 'open', 'the page socket to open', options.timeoutMs)
    return { context, page, state, close: () => context.close() }
  } catch (error) {
    await context.close()
    throw error
  }
}

/** Polls the page's state until `done` holds; on timeout the error carries the last state seen. */
export async function waitForState(
  read: () => Promise<CallPageState>,
  done: (state: CallPageState) => boolean,
  what: string,
  timeoutMs: number,
): Promise<CallPageState> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const state = await read()
    if (done(state)) return state
    if (state.error) throw new Error(`waiting for ${what}: ${state.error}`)
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${JSON.stringify(state)})`)
    await new Promise((r) => setTimeout(r, 50))
  }
}
