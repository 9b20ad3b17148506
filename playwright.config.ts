import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './e2e/support/chromium'

/**
 * End-to-end tests against the production build served by the real server. Run them with
 * `npm run test:e2e` (scripts/run-e2e.mjs): it finds Chromium, builds the client, starts a server on a
 * free port with a temporary database and passes both here through the environment.
 */

const executablePath = chromiumPath()
const baseURL = process.env.ONEHALL_BASE_URL

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
