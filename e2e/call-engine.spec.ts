import { expect, test, type Browser, type Page } from '@playwright/test'
import { closeAfterEach, engineFigures, expectRemoteVideoMoves } from './support'
import { openEnginePage } from './support/call-engine-page'
import { startCallRelay, type CallRelay } from './support/call-relay'

// The call engine on its own, in real Chromium with the fake camera, over a stand-in relay with the
// hub's rules (e2e/support/call-relay.ts): real negotiation, real media, a real socket cut. The whole
// journey against the real server is e2e/call.spec.ts.

let relay: CallRelay

test.beforeAll(async () => {
  relay = await startCallRelay()
})
test.afterAll(async () => {
  await relay?.close()
})

const opened = closeAfterEach()
const party = (browser: Browser, role: 'citizen' | 'clerk' | 'stranger') =>
  openEnginePage(browser, relay.url, role, opened)

const phase = (page: Page) => engineFigures.phase(page)
const expectFramesAdvance = (page: Page) => expectRemoteVideoMoves(page, engineFigures, 'this party')

test('two browsers get each other’s moving video and chat, and recover from a cut socket', async ({
  browser,
}) => {
  const clerk = await party(browser, 'clerk')
  const citizen = await party(browser, 'citizen')
  await expect.poll(() => phase(clerk), { timeout: 20_000 }).toBe('connected')
  await expect.poll(() => phase(citizen), { timeout: 20_000 }).toBe('connected')
  await expectFramesAdvance(clerk)
  await expectFramesAdvance(citizen)

  await clerk.evaluate(() => window.call.session.chat.say('您好，请出示身份证。'))
  await citizen.evaluate(() => window.call.session.chat.say('好的。'))
  const lines = (page: Page) =>
    page.evaluate(() => window.call.session.chat.lines.map((l) => `${l.from}:${l.text}:${l.status}`))
  const expected = ['clerk:您好，请出示身份证。:sent', 'citizen:好的。:sent']
  await expect.poll(() => lines(citizen)).toEqual(expected)
  await expect.poll(() => lines(clerk)).toEqual(expected)

  // Cut the citizen's socket: both sides show it, the clerk restarts ICE once the citizen is back.
  await citizen.evaluate(() => window.call.socket.drop())
  await expect.poll(() => phase(clerk)).toBe('reconnecting')
  await expect.poll(() => phase(citizen), { timeout: 20_000 }).toBe('connected')
  await expect.poll(() => phase(clerk), { timeout: 20_000 }).toBe('connected')
  const restarts = await clerk.evaluate(() => window.call.session.getSnapshot().iceRestarts)
  expect(restarts).toBeGreaterThanOrEqual(1)
  expect(await citizen.evaluate(() => window.call.session.getSnapshot().rejoins)).toBe(1)
  await expectFramesAdvance(clerk)
  await expectFramesAdvance(citizen)

  const stranger = await party(browser, 'stranger')
  await expect.poll(() => phase(stranger)).toBe('refused')
})
