import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { facing, FURNITURE_FOOTPRINTS, type Hall } from '../src/shared/scene'
import { callNextInConsole, collectConsoleErrors, signInClerkDesk, waitForHall } from './support'
import { startServer, type ServerProcess } from './support/server'
import { aimAt, dispatch, installIwer, localhostUrl, select, xrFrames } from './support/iwer'

// The video counter in VR (issue 6): a citizen in Meta's IWER emulator takes a ticket with the ray, a
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
// The clerk's context is the test's own: closed after the test even when it fails (its fake camera
// would keep decoding video and slow every later spec).
const opened: BrowserContext[] = []
test.afterEach(async () => {
  await Promise.all(opened.splice(0).map((context) => context.close()))
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

/** Aims the right controller at a named VR panel target and clicks it. */
async function press(page: Page, name: string) {
  await expect.poll(() => target(page, name), { timeout: 30_000 }).not.toBeNull()
  const point = (await target(page, name))!
  await aimAt(page, 'controller-right', point)
  await select(page, 'controller-right')
}

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
  const hall = (await (
    await page.request.get(localhostUrl(baseURL, '/api/halls/city-centre'))
  ).json()) as Hall
  const counter = hall.counters.find((c) => c.id === counterId)!
  expect(counter.departmentId).toBe(department)
  await page.goto(localhostUrl(baseURL, '/?hall=city-centre'))
  await waitForHall(page)
  await page.evaluate((id) => (window as unknown as HookWindow).__onehall.goToCounter(id), counterId)
  await page.getByTestId('enter-vr').click()
  await page.waitForFunction(() => (window as unknown as HookWindow).__onehall.xr().head !== null)
  await xrFrames(page, 3)
  await dispatch(page, 'set_transform', { device: 'controller-right', position: { x: 0.2, y: 1.3, z: -0.3 } })
  const [fx, fz] = facing(counter.yaw)
  const d = FURNITURE_FOOTPRINTS.counter.depth / 2 + 0.05
  await aimAt(page, 'controller-right', [counter.position[0] + fx * d, 0.8, counter.position[1] + fz * d])
  await select(page, 'controller-right')
  await expect
    .poll(() => page.evaluate(() => (window as unknown as HookWindow).__onehall.xr().open.panel))
    .toBe(counterId)

  // "Take a ticket" on the panel: the ticket card (number, position) replaces the button.
  await press(page, 'take-ticket')
  await expect.poll(() => target(page, 'ticket'), { timeout: 30_000 }).not.toBeNull()
  expect(await target(page, 'take-ticket')).toBeNull()
  expect(await target(page, 'join-call')).toBeNull()
  expect((await hook(page)).phase).toBeNull()

  // The clerk calls next in the console, which joins the call with the fake camera.
  const clerkPage = await callNextInConsole(clerk)

  // Called: "Join video call" appears live on the station panel; the ray presses it.
  await press(page, 'join-call')
  await expect.poll(async () => (await hook(page)).counterId, { timeout: 30_000 }).toBe(counterId)
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
  await press(page, 'call-hang-up')
  await expect.poll(async () => (await hook(page)).phase, { timeout: 30_000 }).toBe('ended')
  expect(errors).toEqual([])
})
