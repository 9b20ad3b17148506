import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import type { Browser, BrowserContext } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/support/chromium'
import type { Cleanups } from './processes'

/** Viewport of every page the bench opens, hall and baselines alike. */
export const VIEWPORT = { width: 1280, height: 720 } as const

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
