import { expect, test, type Page } from '@playwright/test'
import type { CounterCallLive } from '../src/client/counter-call/counter-call-live'
import {
  axeViolations,
  callNextInConsole,
  canvasPixelStats,
  closeAfterEach,
  collectConsoleErrors,
  elderModeProblems,
  receivedAudioEnergy,
  recordPeerConnections,
  signInClerkDesk,
  standAtCounter,
  startServer,
  waitForHall,
  type ServerProcess,
} from './support'

// The video counter in the desktop 3D hall: the citizen takes a ticket at a counter through
// the station panel, a clerk in a second browser context (fake camera, signed in through the API) calls
// it from the console, and the clerk's video plays as a texture on the counter's 3D screen, with the call
// panel (state, mute, camera, hang up, chat, rating) over the hall. Software GL is slow: one test,
// generous timeouts, assertions on state.
test.setTimeout(240_000)

// A server of its own: the clerk's queue holds only this test's ticket.
let server: ServerProcess
test.beforeAll(async () => {
  server = await startServer({}, 60_000)
})
test.afterAll(async () => {
  await server?.stop()
})
const opened = closeAfterEach()

const DEPARTMENT = 'social-security'
/** The counter screen's colour before the clerk's picture arrives (COUNTER_VIDEO_SCREEN.idleColor). */
const IDLE: [number, number, number] = [0x1d, 0x27, 0x33]

const counterCall = (page: Page): Promise<CounterCallLive> =>
  page.evaluate(() => window.__onehall!.counterCall())

/** How far a colour is from the idle screen's, per channel at most. */
const offIdle = (colour: readonly number[]) => Math.max(...colour.map((c, i) => Math.abs(c - IDLE[i]!)))

/** The dominant colour of the counter screen's picture, away from its edges and the self-view corner. */
async function screenColour(page: Page) {
  const rect = (await counterCall(page)).screenRect
  expect(rect, 'the counter screen is in view').not.toBeNull()
  const region = { x: rect!.x + rect!.width * 0.1, y: rect!.y + rect!.height * 0.1 }
  return canvasPixelStats(page.locator('[data-testid="hall-canvas"] canvas'), {
    ...region,
    width: rect!.width * 0.5,
    height: rect!.height * 0.5,
  })
}

/** Audio energy the clerk receives over `ms` milliseconds. */
async function audioOver(clerk: Page, ms: number) {
  const before = await receivedAudioEnergy(clerk)
  await clerk.waitForTimeout(ms)
  return (await receivedAudioEnergy(clerk)) - before
}

test('in the 3D hall the clerk’s video plays on the called counter’s screen, with the call panel', async ({
  page,
  browser,
}) => {
  const errors = collectConsoleErrors(page)
  const clerk = await signInClerkDesk(browser, server.url, `clerk-${DEPARTMENT}`)
  opened.push(clerk.context)
  await recordPeerConnections(clerk.context)

  // The citizen stands at the clerk's counter and takes a ticket in its station panel.
  await page.goto(`${server.url}/?hall=city-centre`)
  await waitForHall(page)
  const point = await standAtCounter(page, clerk.counterId)
  await page.mouse.click(point.x, point.y)
  const panel = page.getByTestId('station-panel')
  await expect(panel).toHaveAttribute('data-counter-id', clerk.counterId)
  await panel.getByTestId('take-ticket').click()
  await expect(panel.getByTestId('ticket-card')).toHaveAttribute('data-status', 'waiting')
  expect((await counterCall(page)).phase).toBeNull()
  await expect(page.getByTestId('hall-call')).toHaveCount(0)

  // The clerk calls next: the hall joins the call by itself and the panel shows it.
  const console_ = await callNextInConsole(clerk)
  const call = page.getByTestId('hall-call')
  await expect(call).toBeVisible({ timeout: 30_000 })
  await expect(call.locator('#hall-call-heading')).toContainText('01')
  await expect.poll(async () => (await counterCall(page)).phase, { timeout: 60_000 }).toBe('connected')
  await expect(call).toHaveAttribute('data-status', 'connected')
  await expect(console_.getByTestId('call-connection')).toHaveAttribute('data-state', 'connected', {
    timeout: 30_000,
  })

  // The clerk's video is the map of the counter screen's material, and its frames advance.
  await expect.poll(async () => (await counterCall(page)).textureBound, { timeout: 30_000 }).toBe(true)
  const first = await counterCall(page)
  expect(first.shownOn).toBe('hall-screen')
  expect(first.counterId).toBe(clerk.counterId)
  await expect
    .poll(async () => (await counterCall(page)).frames, { timeout: 30_000 })
    .toBeGreaterThan(first.frames + 10)
  expect((await counterCall(page)).currentTime).toBeGreaterThan(first.currentTime)

  // On the canvas the screen shows the picture, not the idle screen colour.
  await expect.poll(async () => offIdle((await screenColour(page)).dominantColour)).toBeGreaterThan(24)

  // The panel passes axe during the call, in English and in Chinese, and reads large in elder mode.
  expect(await axeViolations(page)).toEqual([])
  const language = page.locator('.top-bar select')
  await language.selectOption('zh')
  await expect(call.getByTestId('hall-call-status')).toHaveText('已接通')
  await expect(call.getByTestId('hall-call-hang-up')).toHaveText('挂断')
  expect(await axeViolations(page)).toEqual([])
  await language.selectOption('en')
  await expect(call.getByTestId('hall-call-status')).toHaveText('Connected')
  await page.evaluate(() => document.documentElement.setAttribute('data-elder', 'true'))
  expect(await elderModeProblems(page, ['.top-bar', '.station-panel', '.key-help', 'canvas'])).toEqual([])
  await page.evaluate(() => document.documentElement.removeAttribute('data-elder'))

  // Chat both ways on the call's own chat.
  await call.getByTestId('chat-input').fill('Hello from the hall')
  await call.getByTestId('chat-input').press('Enter')
  await expect(console_.getByTestId('chat-lines')).toContainText('Hello from the hall')
  await console_.locator('#clerk-chat-input').fill('Hello from window 01')
  await console_.locator('#clerk-chat-input').press('Enter')
  await expect(call.getByTestId('chat-log')).toContainText('Hello from window 01')

  // Mute (keyboard): the clerk's received audio goes silent.
  const speaking = await audioOver(console_, 2500)
  expect(speaking).toBeGreaterThan(0.01)
  const mute = call.getByTestId('hall-call-mute')
  await mute.focus()
  await page.keyboard.press('Enter')
  await expect(mute).toHaveAttribute('aria-pressed', 'true')
  await console_.waitForTimeout(500)
  expect(await audioOver(console_, 2500)).toBeLessThan(speaking / 10)

  // Hang up: the clerk sees the citizen leave; the screen goes back to its idle colour.
  await call.getByTestId('hall-call-hang-up').click()
  await expect(call).toHaveAttribute('data-status', 'ended')
  await expect(console_.getByTestId('call-connection')).not.toHaveAttribute('data-state', 'connected', {
    timeout: 30_000,
  })
  await expect.poll(async () => (await counterCall(page)).textureBound).toBe(false)
  expect(offIdle((await screenColour(page)).dominantColour)).toBeLessThanOrEqual(8)
  await expect(call.locator('#hall-call-heading')).toBeFocused()

  // The clerk closes the case: the panel offers the /call page's rating for the done ticket.
  await console_.getByTestId('hang-up').click()
  await call.locator('#rating-very-satisfied').check()
  await call.getByTestId('rating-submit').click()
  await expect(call.getByTestId('rating-done')).toBeVisible()
  await expect(call.getByTestId('hall-call-continue')).toHaveAttribute('href', /^\/call\?ticket=/)
  expect(await axeViolations(page)).toEqual([])
  await call.getByTestId('hall-call-close').click()
  await expect(call).toHaveCount(0)
  expect((await counterCall(page)).phase).toBeNull()
  expect(errors).toEqual([])
})
