import { expect, test, type Browser, type Page } from '@playwright/test'
import type { CallSession, createCallSession } from '../src/client/call/call-session'
import type { PageChannel, openPageSignalling } from '../src/client/call/page-signalling'
import { startCallRelay, type CallRelay } from './support/call-relay'

// The call engine on its own, in real Chromium with the fake camera, over a stand-in relay with the
// hub's rules (e2e/support/call-relay.ts): real negotiation, real media, a real socket cut. The whole
// journey against the real server is e2e/call.spec.ts.

type Role = 'citizen' | 'clerk' | 'stranger'

declare global {
  interface Window {
    CallEngine: { createCallSession: typeof createCallSession; openPageSignalling: typeof openPageSignalling }
    call: { session: CallSession; channel: PageChannel; frames: () => number }
  }
}

let relay: CallRelay

test.beforeAll(async () => {
  relay = await startCallRelay()
})
test.afterAll(async () => {
  await relay?.close()
})

async function party(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(relay.url)
  await page.evaluate(async (role) => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true })
    const channel = window.CallEngine.openPageSignalling(`ws://${location.host}/ws?role=${role}`)
    const session = window.CallEngine.createCallSession({
      role: role === 'clerk' ? 'clerk' : 'citizen',
      callId: 'call-1',
      token: role === 'clerk' ? undefined : 'ticket-token-0123456789',
      signalling: channel.signalling,
      localStream: stream,
    })
    const video = document.createElement('video')
    video.muted = true
    video.autoplay = true
    document.body.append(video)
    let frames = 0
    const count = () => {
      frames++
      video.requestVideoFrameCallback(count)
    }
    video.requestVideoFrameCallback(count)
    session.subscribe(() => {
      const remote = session.getSnapshot().remoteStream
      if (remote && video.srcObject !== remote) video.srcObject = remote
    })
    session.start()
    window.call = { session, channel, frames: () => frames }
  }, role)
  return page
}

const phase = (page: Page) => page.evaluate(() => window.call.session.getSnapshot().phase)
const decoded = (page: Page) => page.evaluate(async () => (await window.call.session.stats()).framesDecoded)
const presented = (page: Page) => page.evaluate(() => window.call.frames())

/** The remote picture moves: decoded and presented frame counts both grow over a second and a half. */
async function expectFramesAdvance(page: Page) {
  const before = { decoded: await decoded(page), presented: await presented(page) }
  await page.waitForTimeout(1500)
  expect(await decoded(page)).toBeGreaterThan(before.decoded + 5)
  expect(await presented(page)).toBeGreaterThan(before.presented + 5)
}

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
  await citizen.evaluate(() => window.call.channel.drop())
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
