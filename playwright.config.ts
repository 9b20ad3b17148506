import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests against the production build served by the real server. Run them with
 * `npm run test:e2e` (scripts/run-e2e.mjs): it finds Chromium, builds the client, starts a server on a
 * free port with a temporary database and passes both here through the environment.
 */

const executablePath = process.env.ONEHALL_CHROMIUM || '/usr/bin/chromium'
const baseURL = process.env.ONEHALL_BASE_URL

/** Flags that work on machines without a GPU and without network (see shared notes: testing-here.md). */
const CHROMIUM_ARGS = [
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
  // A fake camera and microphone with permission granted, for the video counter tests to come.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  // Pages in the background (a clerk and a citizen at once) keep running at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // No --disable-features=...: it would replace Playwright's own list.
]

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Software rendering makes a frame slow: one worker, generous timeouts, assertions on state not timing.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    baseURL,
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
})
