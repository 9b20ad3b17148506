import type { Page } from '@playwright/test'

type HookWindow = Window & { __onehall?: { ready?: boolean } }

/**
 * Waits until the hall page has loaded its hall and drawn a frame (`window.__onehall.ready === true`,
 * see docs/automation.md). On timeout the error says how far the page got.
 * @param timeout milliseconds @default 45 s (software rendering is slow)
 */
export async function waitForHall(page: Page, timeout = 45_000): Promise<void> {
  try {
    await page.waitForFunction(() => (window as HookWindow).__onehall?.ready === true, undefined, { timeout })
  } catch (error) {
    const state = await page
      .evaluate(() => ({
        hook: '__onehall' in window ? 'present' : 'missing',
        loading: document.querySelector('[data-testid="loading-bar"]')?.getAttribute('aria-valuenow') ?? null,
        title: document.title,
      }))
      .catch(() => null)
    throw new Error(
      `The hall was not ready within ${timeout} ms at ${page.url()} (window.__onehall ${state?.hook ?? 'unknown'}, ` +
        `loading bar ${state?.loading ?? 'absent'}, title "${state?.title ?? ''}").\n${String(error)}`,
    )
  }
}
