/**
 * How OneHall's tests and benchmark run Chromium: one list of flags, one way to find the binary.
 * Used by playwright.config.ts and bench/lib/browser.ts.
 */

/** The browser binary: `ONEHALL_CHROMIUM`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.ONEHALL_CHROMIUM || '/usr/bin/chromium'
}

/** Flags that work on machines without a GPU and without network (see shared notes: testing-here.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  // WebGL2 through SwiftShader, the software renderer.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  // Otherwise Chromium keeps calling Google's hosts and gets refused.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // A fake 640x480 camera and microphone with permission granted, for video calls.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  // Pages in the background (a clerk and a citizen at once) keep running at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // No --disable-features=...: it would replace Playwright's own list.
]
