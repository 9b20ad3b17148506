import type { APIRequestContext, Page } from '@playwright/test'
import type { AutomationCounter } from '../../src/client/hall/automation-api'
import type { Hall } from '../../src/shared/scene/schema'
import { waitForHall } from './wait-for-hall'

/** The default hall every journey uses unless it says otherwise. */
export const DEFAULT_HALL_ID = 'city-centre'

/** Opens the 3D hall page (`/?hall=<id>`) and waits until it has drawn the loaded hall. */
export async function openHall(page: Page, hallId = DEFAULT_HALL_ID): Promise<void> {
  await page.goto(`/?hall=${encodeURIComponent(hallId)}`)
  await waitForHall(page)
}

/** The hall as the API serves it (`GET /api/halls/:id`), the truth the pages are compared with. */
export async function fetchHall(request: APIRequestContext, hallId = DEFAULT_HALL_ID): Promise<Hall> {
  const response = await request.get(`/api/halls/${encodeURIComponent(hallId)}`)
  if (!response.ok()) throw new Error(`GET /api/halls/${hallId} answered ${response.status()}`)
  return (await response.json()) as Hall
}

/** Resolves after the page has run `count` animation frames (the hall renders once per frame). */
export async function nextFrames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
    count,
  )
}

/** `window.__onehall.counters()`. */
export async function hookCounters(page: Page): Promise<AutomationCounter[]> {
  return page.evaluate(() => window.__onehall!.counters())
}

/** `window.__onehall.player()`: floor position `[x, 0, z]` and view yaw (radians). */
export async function hookPlayer(page: Page): Promise<{ position: [number, number, number]; yaw: number }> {
  return page.evaluate(() => window.__onehall!.player())
}

/**
 * Teleports the visitor in front of a counter (`__onehall.goToCounter`) and waits until the hook reports
 * a screen point for it, which it does only once a rendered camera sees the counter unobstructed.
 * @returns the point to click, in viewport CSS pixels
 */
export async function standAtCounter(page: Page, counterId: string): Promise<{ x: number; y: number }> {
  const known = await page.evaluate((id) => window.__onehall!.goToCounter(id), counterId)
  if (!known) throw new Error(`__onehall.goToCounter("${counterId}") returned false`)
  await nextFrames(page, 3)
  const handle = await page.waitForFunction((id) => window.__onehall!.screenPoint(id), counterId, {
    timeout: 15_000,
  })
  return (await handle.jsonValue()) as { x: number; y: number }
}

/** Floor distance between two `[x, 0, z]` points. */
export function floorDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[2] ?? 0) - (b[2] ?? 0))
}
