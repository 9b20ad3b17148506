import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { signInClerk } from './clerk-api'

/** A demo clerk signed in through the API in a browser context of its own. */
export type ClerkDesk = {
  /** Holds the session cookie. Made by the test, not Playwright's fixture: close it at the end. */
  context: BrowserContext
  /** The window the clerk serves at (`counter-01`...). */
  counterId: string
}

/**
 * Signs a demo clerk (`clerk-<department>` or `supervisor`, password `onehall-demo`) in through the API,
 * in a new browser context on `baseURL` (Chromium's fake camera and microphone, from the launch flags).
 * Without a clerk on duty no ticket is issued, so sign in before a citizen takes one.
 */
export async function signInClerkDesk(
  browser: Browser,
  baseURL: string,
  username: string,
): Promise<ClerkDesk> {
  const context = await browser.newContext({ baseURL })
  const { counterId } = await signInClerk(context.request, baseURL, username)
  return { context, counterId }
}

/**
 * Opens the clerk console (`/clerk`) in the clerk's context and presses "Call next"; resolves once the
 * call area shows (the console then joins the call with its camera).
 */
export async function callNextInConsole(desk: ClerkDesk): Promise<Page> {
  const page = await desk.context.newPage()
  await page.goto('/clerk')
  await page.getByTestId('call-next').click()
  await expect(page.getByTestId('call-connection')).toBeVisible({ timeout: 30_000 })
  return page
}
