import { expect, test, type Page } from '@playwright/test'
import { callNextInConsole, closeAfterEach, collectConsoleErrors, signInClerkDesk } from './support'
import { startServer, type ServerProcess } from './support/server'
import { installIwer, pressUntil } from './support/iwer'
import { enterVrAt, openCounterPanel, openHallOnLocalhost } from './support/xr-hall'

// The video counter in VR: a citizen in Meta's IWER emulator takes a ticket with the ray, a
// clerk in a second browser context (the /clerk console, signed in through the API) calls it, and the
// clerk's fake-camera video plays on the uikit panel at the counter. Emulated XR on software GL is slow:
// one test, generous timeouts, assertions on state.
test.setTimeout(240_000)

// The shared e2e server runs with NODE_ENV=production, which refuses demo clerks: this spec starts its
// own server in development mode, where the demo clerks are seeded.
let server: ServerProcess
test.beforeAll(async () => {
  server = await startServer({ env: { NODE_ENV: 'development' } }, 60_000)
})
test.afterAll(async () => {
  await server?.stop()
})

type Vec3 = [number, number, number]
type CounterCall = {
  ticketId: string | null
  counterId: string | null
  phase: string | null
  frames: number
  currentTime: number
  shownOn: string | null
  textureBound: boolean
}
type HookWindow = Window & {
  __onehall: {
    xr(): { presenting: boolean; head: unknown; open: { panel: string | null } }
    xrTarget(name: string): Vec3 | null
    goToCounter(id: string): boolean
    counterCall(): CounterCall
  }
}

const hook = (page: Page) => page.evaluate(() => (window as unknown as HookWindow).__onehall.counterCall())
const target = (page: Page, name: string) =>
  page.evaluate((n) => (window as unknown as HookWindow).__onehall.xrTarget(n), name)

const opened = closeAfterEach()

test('in VR the citizen takes a ticket with the ray and the clerk’s video plays on the counter panel', async ({
  page,
  context,
  browser,
}) => {
  const baseURL = server.url
  const errors = collectConsoleErrors(page)
  const department = 'social-security'

  // The clerk signs in first: without a clerk on duty no ticket is issued.
  const clerk = await signInClerkDesk(browser, baseURL, `clerk-${department}`)
  opened.push(clerk.context)
  const counterId = clerk.counterId

  // The citizen enters VR in front of the clerk's counter and opens its panel with the ray.
  await installIwer(context)
  const hall = await openHallOnLocalhost(page, baseURL)
  expect(hall.counters.find((c) => c.id === counterId)?.departmentId).toBe(department)
  await enterVrAt(page, counterId)
  await openCounterPanel(page, hall, counterId)

  // "Take a ticket" on the panel: the ticket card (number, position) replaces the button.
  await pressUntil(page, 'take-ticket', async () => (await target(page, 'ticket')) !== null, 'ticket shown')
  expect(await target(page, 'take-ticket')).toBeNull()
  expect(await target(page, 'join-call')).toBeNull()
  expect((await hook(page)).phase).toBeNull()

  // The clerk calls next in the console, which joins the call with the fake camera.
  const clerkPage = await callNextInConsole(clerk)

  // Called: "Join video call" appears live on the station panel; the ray presses it.
  await pressUntil(page, 'join-call', async () => (await hook(page)).counterId === counterId, 'joining')
  await expect.poll(async () => (await hook(page)).phase, { timeout: 60_000 }).toBe('connected')
  await expect(clerkPage.getByTestId('call-connection')).toHaveAttribute('data-state', 'connected', {
    timeout: 30_000,
  })

  // While presenting, the clerk's video is drawn by the VR panel's material and its frames advance.
  await expect.poll(async () => (await hook(page)).textureBound, { timeout: 30_000 }).toBe(true)
  const first = await hook(page)
  expect(first.shownOn).toBe('vr-panel')
  await expect
    .poll(async () => (await hook(page)).frames, { timeout: 30_000 })
    .toBeGreaterThan(first.frames + 10)
  const later = await hook(page)
  expect(later.currentTime).toBeGreaterThan(first.currentTime)
  expect(later.textureBound).toBe(true)
  expect((await page.evaluate(() => (window as unknown as HookWindow).__onehall.xr())).presenting).toBe(true)
  for (const name of ['call-mute', 'call-camera', 'call-hang-up'])
    expect(await target(page, name)).not.toBeNull()

  // Hang up with the ray: the call ends on both sides.
  await pressUntil(page, 'call-hang-up', async () => (await hook(page)).phase === 'ended', 'call ended')
  expect(errors).toEqual([])
})
