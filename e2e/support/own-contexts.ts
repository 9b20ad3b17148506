import { test, type BrowserContext } from '@playwright/test'

/**
 * A list for the browser contexts a spec opens itself, closed after each test even when it fails.
 * Playwright closes only its own `context` fixture; a fake-camera context left open keeps decoding
 * video in the shared browser and slows every later spec (the VR specs until their clicks time out).
 * Call once at the top level of a spec file and push every context the spec opens.
 */
export function closeAfterEach(): BrowserContext[] {
  const opened: BrowserContext[] = []
  test.afterEach(async () => {
    await Promise.all(opened.splice(0).map((context) => context.close()))
  })
  return opened
}
