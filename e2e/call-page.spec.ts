import { expect, test, type Page } from '@playwright/test'
import WebSocket from 'ws'
import {
  axeViolations,
  callPageFigures,
  clerkSuggestsFullName,
  closeAfterEach,
  collectConsoleErrors,
  elderModeProblems,
  expectRemoteVideoMoves,
} from './support'
import { openEnginePage } from './support/call-engine-page'
import { startCallRelay, type CallRelay } from './support/call-relay'

// The citizen's /call page in the browser, against the real server for halls and drafts, with the ticket
// and rating answers stubbed (page.route) and the page's WebSocket bridged to the stand-in relay, where a
// harness page plays the clerk with the same call engine. It checks the page itself: device check, video,
// chat, co-browsing, the reconnecting banner, the rating and follow-up, axe and elder mode. The journey
// against the real queue, clerk and hub is e2e/call.spec.ts.

const TICKET = 't-page-1'
const TOKEN = 'ticket-token-0123456789abcdef'
const SERVICE = 'senior-citizen-card'
const ENGLISH = JSON.stringify({ language: 'en', elderMode: false })

let relay: CallRelay
const opened = closeAfterEach()
test.beforeAll(async () => {
  relay = await startCallRelay()
})
test.afterAll(async () => {
  await relay?.close()
})

/** Stubs the queue API for one ticket, checks the token header, and records the rating sent. */
async function stubTicketApi(page: Page, ratings: unknown[]) {
  const ticket = {
    id: TICKET,
    number: 'A023',
    hallId: 'city-centre',
    departmentId: 'elderly-services',
    serviceId: SERVICE,
    status: 'serving',
    position: null,
    wait: null,
    counterId: 'c-05',
    counterNumber: '05',
    callId: 'call-1',
    issuedAt: Date.now(),
  }
  await page.route(`**/api/tickets/${TICKET}`, (route) =>
    route.request().headers()['x-onehall-ticket'] === TOKEN
      ? route.fulfill({ json: { ticket } })
      : route.fulfill({ status: 403, json: { error: { code: 'forbidden', message: 'Not your ticket.' } } }),
  )
  await page.route(`**/api/tickets/${TICKET}/rating`, (route) => {
    ratings.push(route.request().postDataJSON())
    return route.fulfill({
      status: 201,
      json: { rating: { level: 2 }, followUp: { id: 'f1', status: 'open', dueDate: '2026-12-21' } },
    })
  })
}

/** The page's WebSocket goes to the relay as the citizen (one upstream socket per page socket). */
async function bridgeSocket(page: Page) {
  await page.routeWebSocket('**/api/ws', (ws) => {
    const upstream = new WebSocket(`${relay.url.replace('http', 'ws')}/ws?role=citizen`)
    const waiting: string[] = []
    upstream.on('open', () => waiting.splice(0).forEach((m) => upstream.send(m)))
    upstream.on('message', (data) => ws.send(String(data)))
    upstream.on('close', () => ws.close())
    ws.onMessage((message) => {
      if (upstream.readyState === WebSocket.OPEN) upstream.send(String(message))
      else waiting.push(String(message))
    })
    ws.onClose(() => upstream.close())
  })
}

const phase = (page: Page) => callPageFigures.phase(page)

const expectRemoteFramesAdvance = (page: Page) => expectRemoteVideoMoves(page, callPageFigures, 'the citizen')

test('the call page: device check, video, chat, co-browsing, reconnect, rating and follow-up', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000)
  const errors = collectConsoleErrors(page, { ignore: [/status of 4\d\d/, /WebSocket/] })
  const ratings: unknown[] = []
  const draft = await page.request.post('/api/drafts', {
    data: { serviceId: SERVICE, hallId: 'city-centre' },
    headers: { 'X-OneHall-CSRF': '1' },
  })
  expect(draft.status()).toBe(201)
  const { resumeCode } = ((await draft.json()) as { draft: { resumeCode: string } }).draft
  await context.addInitScript(
    ({ prefs, tickets, drafts }) => {
      localStorage.setItem('onehall.preferences', prefs)
      localStorage.setItem('onehall.ticket.v1', tickets)
      localStorage.setItem('onehall.drafts', drafts)
    },
    {
      prefs: ENGLISH,
      tickets: JSON.stringify({
        'city-centre': [{ ticketId: TICKET, token: TOKEN, departmentId: 'elderly-services' }],
      }),
      drafts: JSON.stringify({ drafts: { [SERVICE]: resumeCode }, references: {} }),
    },
  )
  await stubTicketApi(page, ratings)
  await bridgeSocket(page)
  const clerk = await openEnginePage(browser, relay.url, 'clerk', opened)

  // Device check with a preview, before joining.
  await page.goto(`/call?ticket=${TICKET}`)
  await expect(page.getByTestId('ticket-line')).toHaveText('Number A023, window 05')
  await expect(page.getByTestId('device-status')).toHaveText('Your camera and microphone are ready.')
  await expect(page.getByTestId('join-call')).toHaveAttribute('data-mode', 'video')
  await expect
    .poll(() => page.getByTestId('device-preview').evaluate((v: HTMLVideoElement) => v.videoWidth))
    .toBeGreaterThan(0)
  expect(await axeViolations(page), 'axe on the device check').toEqual([])

  // Join by keyboard: the clerk's video arrives and moves.
  await page.getByTestId('join-call').focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => phase(page), { timeout: 20_000 }).toBe('connected')
  await expect(page.getByTestId('call-status')).toHaveText('Call status: Connected')
  await expectRemoteFramesAdvance(page)

  // Chat both ways.
  await page.getByLabel('Your message').fill('Which documents do I need?')
  await page.keyboard.press('Enter')
  await clerk.evaluate(() => window.call.session.chat.say('Your ID card, please.'))
  const log = page.getByTestId('chat-log')
  await expect(log.locator('[data-from="clerk"]')).toHaveText(/Your ID card, please\./)
  await expect(log.locator('[data-from="citizen"][data-status="sent"]')).toHaveText(/Which documents/)
  await expect
    .poll(() => clerk.evaluate(() => window.call.session.chat.lines.map((l) => l.text)))
    .toContain('Which documents do I need?')

  // Co-browsing: the clerk sees what is typed, points at a field and suggests a correction.
  const fullName = page.getByLabel('Full name')
  const field = await clerkSuggestsFullName(page, clerk)
  await expect(field.getByTestId('suggestion')).toContainText('The clerk suggests: Wang Fang Li')
  expect(await axeViolations(page), 'axe during the call').toEqual([])
  await field.getByRole('button', { name: 'Accept' }).click()
  await expect(fullName).toHaveValue('Wang Fang Li')
  await expect
    .poll(() => clerk.evaluate(() => window.call.cobrowse.map((m) => m.type)))
    .toContain('cobrowse.accept')

  // Cut the WebSocket: the banner shows, then the call comes back by itself with moving video.
  await page.evaluate(() => window.__onehallCall!.dropSocket())
  await expect(page.getByTestId('reconnecting-banner')).toBeVisible()
  await expect.poll(() => phase(page), { timeout: 20_000 }).toBe('connected')
  await expect(page.getByTestId('reconnecting-banner')).toHaveCount(0)
  await expectRemoteFramesAdvance(page)
  expect(await clerk.evaluate(() => window.call.session.getSnapshot().iceRestarts)).toBeGreaterThanOrEqual(1)

  // Hang up, rate "Dissatisfied": the follow-up case shows with its due date.
  await page.getByTestId('hang-up').click()
  await expect(page.getByTestId('rating-form')).toBeVisible()
  expect(await axeViolations(page), 'axe on the rating').toEqual([])
  await page.getByTestId('rating-submit').click()
  await expect(page.getByText('Choose a level')).toBeVisible()
  expect(ratings).toEqual([])
  await page.getByLabel('Dissatisfied', { exact: true }).check()
  await page.getByLabel('Comments (optional)').fill('The wait was long.')
  await page.getByTestId('rating-submit').click()
  await expect(page.getByTestId('follow-up')).toContainText('2026-12-21')
  await expect(page.getByTestId('follow-up')).toContainText('Follow-up status: Open')
  expect(ratings).toEqual([{ level: 2, comment: 'The wait was long.' }])
  expect(errors).toEqual([])
})

test('elder mode and Chinese: the device check has big text and targets', async ({ page, context }) => {
  await context.addInitScript(
    ({ tickets }) => {
      localStorage.setItem('onehall.preferences', JSON.stringify({ language: 'zh', elderMode: true }))
      localStorage.setItem('onehall.ticket.v1', tickets)
    },
    { tickets: JSON.stringify({ 'city-centre': [{ ticketId: TICKET, token: TOKEN, departmentId: 'x' }] }) },
  )
  await stubTicketApi(page, [])
  await bridgeSocket(page)
  await page.goto(`/call?ticket=${TICKET}`)
  await expect(page.getByTestId('device-status')).toHaveText('摄像头和麦克风可以使用。')
  await expect(page.getByTestId('join-call')).toHaveText('加入视频通话')
  expect(await elderModeProblems(page)).toEqual([])
  expect(await axeViolations(page)).toEqual([])
})

test('a ticket this browser does not hold is not joined', async ({ page, context }) => {
  await context.addInitScript(() => localStorage.setItem('onehall.preferences', '{"language":"en"}'))
  await page.goto(`/call?ticket=${TICKET}`)
  await expect(page.getByTestId('ticket-problem')).toHaveText(
    'This ticket was not taken in this browser, so you cannot join its call.',
  )
  await expect(page.getByTestId('join-call')).toHaveCount(0)
})
