import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import type { Browser, BrowserContext } from '@playwright/test'
import type { Cleanups } from './processes'

/** Viewport of every page the bench opens, hall and baselines alike. */
export const VIEWPORT = { width: 1280, height: 720 } as const

/** Flags that give WebGL2 on SwiftShader and keep Chromium off the network (see testing-here.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // A 640x480 test camera with permission granted, for the video-call figures.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
]

/** The browser binary: `ONEHALL_CHROMIUM`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.ONEHALL_CHROMIUM || '/usr/bin/chromium'
}

/** Launches headless Chromium and registers its close with `cleanups`. */
export async function launchBrowser(cleanups: Cleanups): Promise<Browser> {
  const executablePath = chromiumPath()
  if (!existsSync(executablePath)) {
    throw new Error(
      `no Chromium at ${executablePath}: install Debian's chromium or set ONEHALL_CHROMIUM to a browser binary`,
    )
  }
  // The bench's own signal handler closes the browser with everything else; Playwright's would exit
  // the process before the server and temporary folders are cleaned up.
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  })
  cleanups.add('browser', () => browser.close())
  return browser
}

/** A fresh context (empty cache and storage) so each run loads the page as a first visit. */
export function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
}
