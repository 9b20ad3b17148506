import { expect, test } from '@playwright/test'

// Proves the harness end to end: the system Chromium starts, and the real server built and started by
// scripts/run-e2e.mjs answers on baseURL with a working database.
test('the real server reports itself healthy to the browser', async ({ page }) => {
  const response = await page.request.get('/api/health')
  expect(response.status()).toBe(200)
  const health = (await response.json()) as { status: string; db: string; version: unknown }
  expect(health).toMatchObject({ status: 'ok', db: 'ok' })
  expect(typeof health.version).toBe('string')

  await page.goto('/api/health')
  await expect(page.locator('body')).toContainText('"status":"ok"')
})
