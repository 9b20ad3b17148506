import { expect, type Page } from '@playwright/test'
import { facing, FURNITURE_FOOTPRINTS, type Hall } from '../../src/shared/scene'
import { dispatch, localhostUrl, pressUntil, xrFrames, type IwerDevice } from './iwer'
import { waitForHall } from './wait-for-hall'

type Vec3 = [number, number, number]

/** What `window.__onehall.xr()` reports (docs/automation.md); the fields the VR specs read. */
export type XrHookState = {
  presenting: boolean
  mode: string | null
  originPosition: Vec3
  yaw: number
  head: { position: Vec3; yaw: number } | null
  frame: number
  search: string
  comfort: { reducedMotion: boolean; seated: boolean; snapAngle: number }
  fading: boolean
  open: { panel: string | null; service: string | null; menu: boolean }
}

type HookWindow = Window & {
  __onehall: { xr(): XrHookState; xrTarget(name: string): Vec3 | null; goToCounter(id: string): boolean }
}

/** `window.__onehall.xr()` of the page. */
export const xrState = (page: Page): Promise<XrHookState> =>
  page.evaluate(() => (window as unknown as HookWindow).__onehall.xr())

/** Where a named VR target is in the hall (`window.__onehall.xrTarget`), or null when it is not shown. */
export const xrTarget = (page: Page, name: string): Promise<Vec3 | null> =>
  page.evaluate((n) => (window as unknown as HookWindow).__onehall.xrTarget(n), name)

/**
 * Fetches a hall's data and opens it on `localhost` (where IWER injects), waiting until it is drawn.
 * Install IWER (and any init scripts) on the context first.
 */
export async function openHallOnLocalhost(
  page: Page,
  baseURL: string | undefined,
  hallId = 'city-centre',
): Promise<Hall> {
  const response = await page.request.get(localhostUrl(baseURL, `/api/halls/${hallId}`))
  expect(response.status()).toBe(200)
  const hall = (await response.json()) as Hall
  await page.goto(localhostUrl(baseURL, `/?hall=${hallId}`))
  await waitForHall(page)
  return hall
}

/** Puts a controller (or hand) at hip height beside the head again, after a test moved it. */
export async function resetDevice(page: Page, device: IwerDevice = 'controller-right'): Promise<void> {
  await dispatch(page, 'set_transform', { device, position: { x: 0.2, y: 1.3, z: -0.3 } })
}

/**
 * Stands in front of a counter on the desktop, then enters VR with the app's own button; the right
 * controller is put at hip height beside the head.
 */
export async function enterVrAt(page: Page, counterId: string): Promise<XrHookState> {
  await page.evaluate((id) => (window as unknown as HookWindow).__onehall.goToCounter(id), counterId)
  const button = page.getByTestId('enter-vr')
  await expect(button).toBeVisible()
  await button.click()
  await page.waitForFunction(() => (window as unknown as HookWindow).__onehall.xr().head !== null)
  await xrFrames(page, 3)
  await resetDevice(page)
  return xrState(page)
}

/** The point 0.8 m up just in front of a counter's front face (where a ray selects it). */
export function counterAim(hall: Hall, counterId: string): Vec3 {
  const counter = hall.counters.find((c) => c.id === counterId)
  if (!counter) throw new Error(`no counter ${counterId} in hall ${hall.id}`)
  const [fx, fz] = facing(counter.yaw)
  const d = FURNITURE_FOOTPRINTS.counter.depth / 2 + 0.05
  return [counter.position[0] + fx * d, 0.8, counter.position[1] + fz * d]
}

/** Selects a counter with the ray (or a pinch) until its 3D station panel is open. */
export async function openCounterPanel(
  page: Page,
  hall: Hall,
  counterId: string,
  device: IwerDevice = 'controller-right',
): Promise<void> {
  const open = async () => (await xrState(page)).open.panel === counterId
  await pressUntil(page, counterAim(hall, counterId), open, `panel of ${counterId} open`, device)
}
