import { expect, test, type Browser, type Page } from '@playwright/test'
import {
  axeViolations,
  callPageFigures,
  closeAfterEach,
  collectConsoleErrors,
  elderModeProblems,
  engineFigures,
  expectRemoteVideoMoves,
  freePort,
  signInClerk,
  startServer,
  standAtCounter,
  waitForHall,
  type ServerProcess,
} from './support'
import { openAppEnginePage, startEngine } from './support/call-engine-page'
import { engineBundle } from './support/call-relay'
import { heldTicket, ticketFromApi } from './support/held-ticket'

// The citizen's queue journey against a server of its own (demo clerks are refused under
// NODE_ENV=production, and the test restarts it): a ticket in the 3D hall, one in /2d behind it, a clerk
// calls, the boards and cards follow live, the server restarts and every position holds; then the /2d
// citizen is called and follows the card's link into a whole video call with a clerk's fake camera.

const HALL = 'city-centre'
const DEPARTMENT = 'social-security'
const COUNTER = 'counter-01'
const NO_CLERK_DEPARTMENT = 'taxation'

let server: ServerProcess
let port: number
let dbDir: string
let bundle: string

async function start(): Promise<ServerProcess> {
  return startServer({
    port,
    env: { NODE_ENV: 'development', ONEHALL_DB: `${dbDir}/onehall.sqlite`, ONEHALL_SECRET: 'x'.repeat(48) },
  })
}

test.beforeAll(async () => {
  const { mkdtempSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  dbDir = mkdtempSync(`${tmpdir()}/onehall-queue-e2e-`)
  port = await freePort()
  ;[server, bundle] = await Promise.all([start(), engineBundle()])
})

test.afterAll(async () => {
  await server?.stop()
  const { rmSync } = await import('node:fs')
  if (dbDir) rmSync(dbDir, { recursive: true, force: true })
})

const opened = closeAfterEach()

test.describe.configure({ mode: 'serial' })
test.setTimeout(240_000)

/** A citizen's own browser context on the test's server. Connection errors while it restarts are expected. */
async function newCitizen(browser: Browser, locale = 'zh-CN', ignore: RegExp[] = []) {
  const context = await browser.newContext({ baseURL: server.url, locale })
  opened.push(context)
  const page = await context.newPage()
  return {
    context,
    page,
    errors: collectConsoleErrors(page, { ignore: [/WebSocket/, /ERR_CONNECTION_REFUSED/, ...ignore] }),
  }
}

async function openTwoD(page: Page, department: string) {
  await page.goto(`/2d?dept=${department}`)
  await expect(page.getByTestId('department-detail')).toHaveAttribute('data-department-id', department)
}

// First: once a supervisor signs in (below), every department has a clerk on duty.
test('no clerk on duty: a callback request is stored and an appointment is booked', async ({
  browser,
  request,
}) => {
  // The 409s (no clerk, slot taken) are provoked on purpose; the browser logs them as failed loads.
  const citizen = await newCitizen(browser, 'en-GB', [/status of 409/])
  const { page } = citizen
  await openTwoD(page, NO_CLERK_DEPARTMENT)
  await page.getByTestId('take-ticket').click()
  const alternatives = page.getByTestId('no-clerk')
  await expect(alternatives).toBeVisible()
  await expect(page.getByTestId('ticket-card')).toHaveCount(0)

  // GOV.UK errors: a summary linking to each field, the message at the field, typed values kept.
  const form = page.getByTestId('callback-form')
  await form.getByLabel('Name').fill('Wang Fang')
  await form.getByLabel('Mobile number').fill('1380013')
  await form.getByTestId('send-callback').click()
  const summary = form.getByTestId('error-summary')
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link')).toHaveText([
    'Enter a mobile number with 11 digits, like 13800138000',
    'Choose a day',
    'Choose morning or afternoon',
  ])
  await expect(form.getByLabel('Name')).toHaveValue('Wang Fang')
  await expect(form.getByLabel('Mobile number')).toHaveValue('1380013')
  await expect(form.getByLabel('Mobile number')).toHaveAttribute('aria-invalid', 'true')
  expect(await axeViolations(page)).toEqual([])

  await form.getByLabel('Mobile number').fill('138 0013 8000')
  await form.getByLabel('Day to call you').selectOption({ index: 1 })
  await form.getByLabel('Afternoon').check()
  await form.getByTestId('send-callback').click()
  await expect(page.getByTestId('callback-sent')).toContainText('Afternoon'.toLowerCase(), {
    ignoreCase: true,
  })

  // An appointment: someone else takes the chosen time first (409 slot_taken shown), then another works.
  const picker = page.getByTestId('appointment-form')
  const first = picker.getByTestId('slot-times').locator('input:not([disabled])').first()
  await first.check()
  const slotStart = await first.inputValue()
  const taken = await request.post(`${server.url}/api/appointments`, {
    headers: { 'X-OneHall-CSRF': '1' },
    data: {
      hallId: HALL,
      departmentId: NO_CLERK_DEPARTMENT,
      slotStart,
      name: 'Li Lei',
      phone: '13900139000',
    },
  })
  expect(taken.status(), await taken.text()).toBe(201)
  await picker.getByLabel('Name').fill('Wang Fang')
  await picker.getByLabel('Mobile number').fill('13800138000')
  await picker.getByTestId('book-appointment').click()
  await expect(picker.getByTestId('error-summary')).toContainText('That time has just been taken')
  await expect(picker.getByLabel('Name')).toHaveValue('Wang Fang')
  await picker.getByTestId('slot-times').locator('input:not([disabled])').first().check()
  await picker.getByTestId('book-appointment').click()
  await expect(page.getByTestId('appointment-booked')).toContainText('Booked')

  // Both are visible to the department's clerks.
  const clerk = await signInClerk(request, server.url, `clerk-${NO_CLERK_DEPARTMENT}`)
  const queue = (await (await clerk.get('/queue')).json()) as {
    callbacks: { name: string; phone: string; preferredPart: string }[]
    appointments: { name: string }[]
  }
  expect(queue.callbacks).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ name: 'Wang Fang', phone: '13800138000', preferredPart: 'afternoon' }),
    ]),
  )
  expect(queue.appointments.map((a) => a.name)).toEqual(expect.arrayContaining(['Wang Fang', 'Li Lei']))
  expect(citizen.errors).toEqual([])
})

test("tickets in the hall and in /2d, live across a server restart; the /2d citizen's whole call", async ({
  browser,
  request,
}) => {
  const clerk = await signInClerk(request, server.url, `clerk-${DEPARTMENT}`)

  // Citizen 1 at counter 01 in the 3D hall.
  const one = await newCitizen(browser)
  await one.page.goto(`/?hall=${HALL}`)
  await waitForHall(one.page)
  const point = await standAtCounter(one.page, COUNTER)
  await one.page.mouse.click(point.x, point.y)
  const panel = one.page.getByTestId('station-panel')
  await expect(panel).toHaveAttribute('data-counter-id', COUNTER)
  await panel.getByTestId('take-ticket').click()
  const card1 = panel.getByTestId('ticket-card')
  await expect(card1).toHaveAttribute('data-position', '1')
  await expect(card1.getByTestId('ticket-position')).toHaveText('下一位就是您')
  await expect(card1.getByTestId('ticket-wait')).toHaveText(/约\d+分钟|不到1分钟/)
  await expect(card1).toHaveAttribute('data-connection', 'open')
  const number1 = (await card1.getAttribute('data-number'))!
  expect(number1).toMatch(/^[A-Z]\d{3}$/)

  // Citizen 2 in /2d, same department, takes a ticket by keyboard: behind citizen 1.
  const two = await newCitizen(browser)
  await openTwoD(two.page, DEPARTMENT)
  const section = two.page.getByTestId('ticket-section')
  await section.getByTestId('take-ticket').focus()
  await two.page.keyboard.press('Enter')
  const card2 = two.page.getByTestId('ticket-card')
  await expect(card2).toHaveAttribute('data-position', '2')
  await expect(card2.getByTestId('ticket-position')).toHaveText('第2位')
  const board = two.page.getByTestId('queue-board')
  await expect(board.locator(`[data-department-id="${DEPARTMENT}"]`)).toHaveAttribute('data-count', '2')

  // The new UI passes axe in Chinese, and in elder mode the card reads large.
  expect(await axeViolations(two.page)).toEqual([])

  // The clerk calls next: citizen 1 is called to window 01, citizen 2 moves up, boards follow.
  const called = await clerk.post('/call-next')
  expect(called.status(), await called.text()).toBe(200)
  await expect(card1).toHaveAttribute('data-status', 'called')
  await expect(card1.getByTestId('ticket-called')).toHaveText(`请${number1}号到01号窗口`)
  const join = card1.getByTestId('join-call')
  await expect(join).toHaveAttribute('href', new RegExp(`^/call\\?ticket=`))
  await expect(card2).toHaveAttribute('data-position', '1')
  await expect(board.getByTestId('queue-board-called').locator('tr[data-number]').first()).toHaveAttribute(
    'data-number',
    number1,
  )
  await expect(board.getByTestId('queue-board-announcement')).toHaveText(`${number1}号请到01号窗口`)
  await expect(board.locator(`[data-department-id="${DEPARTMENT}"]`)).toHaveAttribute('data-count', '1')
  await expect
    .poll(() => one.page.evaluate(() => window.__onehall!.queueBoard().called[0]))
    .toBe(`${number1}:01`)

  // The server restarts with a ticket waiting: positions hold and both pages reconnect by themselves.
  const held2 = await heldTicket(two.page, HALL)
  const before = await ticketFromApi(request, server.url, held2)
  await server.stop()
  await expect(card2).toHaveAttribute('data-connection', 'reconnecting')
  server = await start()
  expect(await ticketFromApi(request, server.url, held2)).toEqual(before)
  await expect(card2).toHaveAttribute('data-connection', 'open', { timeout: 30_000 })
  await expect(card1).toHaveAttribute('data-connection', 'open', { timeout: 30_000 })
  expect(await two.page.evaluate(() => window.__onehallWs!.opens())).toBeGreaterThanOrEqual(2)
  await expect(card2).toHaveAttribute('data-position', '1')
  await expect(card1).toHaveAttribute('data-status', 'called')

  // Live after the restart too: the next call reaches the /2d card through the new socket. The
  // supervisor (every department, window 05) calls from a desk of their own: a browser with a fake camera
  // running the console's call engine.
  const desk = await openAppEnginePage(browser, server.url, bundle, opened)
  const supervisor = await signInClerk(desk.request, server.url, 'supervisor')
  const next = await supervisor.ok('/call-next')
  const callId = next.callId as string
  expect((next.ticket as { id: string }).id).toBe(held2.ticketId)
  await expect(card2).toHaveAttribute('data-status', 'called')
  await expect(card2.getByTestId('ticket-called')).toContainText('05号窗口')

  // Elder mode: the card's text and buttons (its link into the call too) are large enough.
  await two.page.evaluate(() => document.documentElement.setAttribute('data-elder', 'true'))
  expect(
    await elderModeProblems(two.page, [
      '.queue-board',
      '.two-d-header',
      '.department-list',
      '.service-index',
      '.places-list',
      '.service-list',
    ]),
  ).toEqual([])
  expect(await axeViolations(two.page)).toEqual([])
  expect(one.errors).toEqual([])
  // Citizen 1's 3D hall has done its part; its software rendering would only slow the video below.
  await one.context.close()

  // The clerk joins; the /2d citizen follows the card's link (by keyboard) to the device check.
  await startEngine(desk, 'clerk', { callId })
  const number2 = (await card2.getAttribute('data-number'))!
  await card2.getByTestId('join-call').focus()
  await two.page.keyboard.press('Enter')
  const call = two.page
  await expect(call).toHaveURL(new RegExp(`/call\\?ticket=${held2.ticketId}$`))
  await expect(call.getByTestId('ticket-line')).toHaveText(`号码 ${number2}，05号窗口`)
  await expect(call.getByTestId('device-status')).toHaveText('摄像头和麦克风可以使用。')
  await expect
    .poll(() => call.getByTestId('device-preview').evaluate((v: HTMLVideoElement) => v.videoWidth))
    .toBeGreaterThan(0)
  const joinCall = call.getByTestId('join-call')
  await expect(joinCall).toHaveText('加入视频通话')
  await joinCall.click()

  // Both sides connect (the console starts serving once the citizen is in) and get moving video.
  await expect.poll(() => callPageFigures.phase(call), { timeout: 30_000 }).toBe('connected')
  await expect.poll(() => engineFigures.phase(desk), { timeout: 30_000 }).toBe('connected')
  await supervisor.ok(`/tickets/${held2.ticketId}/start`)
  await expectRemoteVideoMoves(call, callPageFigures, 'the citizen')
  await expectRemoteVideoMoves(desk, engineFigures, 'the clerk')

  // A chat message each way.
  await call.getByLabel('输入消息').fill('需要带身份证吗？')
  await call.keyboard.press('Enter')
  await desk.evaluate(() => window.call.session.chat.say('需要，请准备好身份证。'))
  await expect(call.getByTestId('chat-log').locator('[data-from="clerk"]')).toHaveText(/请准备好身份证/)
  await expect
    .poll(() => desk.evaluate(() => window.call.session.chat.lines.map((l) => `${l.from}:${l.text}`)))
    .toContain('citizen:需要带身份证吗？')

  // The citizen hangs up, the clerk ends the call, the citizen rates it "满意" (satisfied).
  await call.getByTestId('hang-up').click()
  await supervisor.ok(`/calls/${callId}/end`)
  const rating = call.getByTestId('rating-form')
  await expect(rating).toBeVisible()
  await rating.getByLabel('满意', { exact: true }).check()
  await call.getByTestId('rating-submit').click()
  await expect(call.getByTestId('rating-done')).toContainText('谢谢您的评价。')
  await expect(call.getByTestId('follow-up')).toHaveCount(0)
  // The server has it: the ticket is done and rated once (a second rating is refused).
  expect((await ticketFromApi(request, server.url, held2)).status).toBe('done')
  const again = await request.post(`${server.url}/api/tickets/${held2.ticketId}/rating`, {
    headers: { 'X-OneHall-CSRF': '1', 'X-OneHall-Ticket': held2.token },
    data: { level: 4 },
  })
  expect(again.status()).toBe(409)
  expect(((await again.json()) as { error: { code: string } }).error.code).toBe('already_rated')

  expect(two.errors).toEqual([])
})
