import { expect, type APIRequestContext, type APIResponse } from '@playwright/test'

/** Every demo clerk's password (seeded unless NODE_ENV=production). */
export const DEMO_CLERK_PASSWORD = 'onehall-demo'

/** A demo clerk signed in through the API; paths are under `/api/clerk` (`'/call-next'`). */
export type ClerkSession = {
  /** The window the clerk serves at (`counter-01`...). */
  counterId: string
  /** POST with both CSRF headers; the answer as it is (for tests that expect a refusal). */
  post(path: string, data?: unknown): Promise<APIResponse>
  get(path: string): Promise<APIResponse>
  /** POST that must succeed (the test fails with the server's answer otherwise); its JSON. */
  ok(path: string, data?: unknown): Promise<Record<string, unknown>>
}

/**
 * Signs a demo clerk in through the API. The request context keeps the session cookie, so a page's
 * `page.request` signs its whole browser context in (the page's call engine then joins as the clerk).
 * @param baseUrl the server, e.g. `server.url`
 */
export async function signInClerk(
  request: APIRequestContext,
  baseUrl: string,
  username: string,
): Promise<ClerkSession> {
  const login = await request.post(`${baseUrl}/api/clerk/login`, {
    headers: { 'X-OneHall-CSRF': '1' },
    data: { username, password: DEMO_CLERK_PASSWORD },
  })
  expect(login.status(), await login.text()).toBe(200)
  const { csrfToken, clerk } = (await login.json()) as { csrfToken: string; clerk: { counterId: string } }
  const headers = { 'X-OneHall-CSRF': '1', 'X-OneHall-Clerk-CSRF': csrfToken }
  const post = (path: string, data: unknown = {}) =>
    request.post(`${baseUrl}/api/clerk${path}`, { headers, data })
  return {
    counterId: clerk.counterId,
    post,
    get: (path) => request.get(`${baseUrl}/api/clerk${path}`, { headers }),
    async ok(path, data) {
      const response = await post(path, data)
      expect(response.ok(), `${path}: ${await response.text()}`).toBe(true)
      return (await response.json()) as Record<string, unknown>
    },
  }
}
