import { expect, test, type Browser, type Page } from '@playwright/test'
import {
  callPageFigures,
  clerkSuggestsFullName,
  closeAfterEach,
  engineFigures,
  expectFramesAdvance,
  expectRemoteVideoMoves,
  signInClerk,
  startServer,
  type ServerProcess,
} from './support'
import { openAppEnginePage, startEngine } from './support/call-engine-page'
import { engineBundle } from './support/call-relay'

// The whole video call against the real server (queue, clerk API, WebSocket hub), in three browser
// contexts with Chromium's fake camera: the citizen on /call, the clerk signed in through the API and
// running the same call engine the console uses, and a stranger. The server runs in development mode
// here because demo clerks are refused with NODE_ENV=production.

const HALL = 'city-centre'
const DEPARTMENT = 'elderly-services'
const SERVICE = 'senior-citizen-card'
const CSRF = { 'X-OneHall-CSRF': '1' }

let server: ServerProcess
let bundle: string
test.beforeAll(async () => {
  ;[server, bundle] = await Promise.all([startServer({ env: { NODE_ENV: 'development' } }), engineBundle()])
})
test.afterAll(async () => {
  await server?.stop()
})
const opened = closeAfterEach()

/** The department's clerk signed in through `page`'s context (the engine there joins as them), available. */
async function signInClerkAt(page: Page) {
  const clerk = await signInClerk(page.request, server.url, `clerk-${DEPARTMENT}`)
  await clerk.ok('/state', { state: 'available' })
  return clerk.ok
}

/** The clerk's side: an app page with the call engine, closed after the test. */
const enginePage = (browser: Browser) => openAppEnginePage(browser, server.url, bundle, opened)

const phase = (page: Page) => callPageFigures.phase(page)
const clerkPhase = (page: Page) => engineFigures.phase(page)

test('a whole video call: moving video and chat both ways, co-browsing, a cut socket, rating, a refused stranger', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const citizenContext = await browser.newContext({ baseURL: server.url })
  opened.push(citizenContext)
  const citizen = await citizenContext.newPage()
  await citizenContext.addInitScript(() =>
    localStorage.setItem('onehall.preferences', JSON.stringify({ language: 'en', elderMode: false })),
  )

  // The clerk is on duty; the citizen has a draft and takes a ticket for its service.
  const clerk = await enginePage(browser)
  const clerkPost = await signInClerkAt(clerk)
  const draft = await citizen.request.post('/api/drafts', {
    headers: CSRF,
    data: { serviceId: SERVICE, hallId: HALL },
  })
  const { resumeCode } = ((await draft.json()) as { draft: { resumeCode: string } }).draft
  const taken = await citizen.request.post('/api/tickets', {
    headers: CSRF,
    data: { hallId: HALL, departmentId: DEPARTMENT, serviceId: SERVICE, resumeCode },
  })
  expect(taken.status(), await taken.text()).toBe(201)
  const { ticket, token } = (await taken.json()) as { ticket: { id: string; number: string }; token: string }
  await citizen.goto('/2d')
  await citizen.evaluate(
    ({ ticket, token, resumeCode, hall, department, service }) => {
      localStorage.setItem(
        'onehall.ticket.v1',
        JSON.stringify({ [hall]: [{ ticketId: ticket.id, token, departmentId: department }] }),
      )
      localStorage.setItem(
        'onehall.drafts',
        JSON.stringify({ drafts: { [service]: resumeCode }, references: {} }),
      )
    },
    { ticket, token, resumeCode, hall: HALL, department: DEPARTMENT, service: SERVICE },
  )

  // Before the call: the page says the number is not called yet, and checks the devices.
  await citizen.goto(`/call?ticket=${ticket.id}`)
  await expect(citizen.getByTestId('not-called')).toBeVisible()
  await expect(citizen.getByTestId('join-call')).toBeDisabled()

  // The clerk calls next and joins; the citizen's page sees the call and joins.
  const next = await clerkPost('/call-next')
  const callId = next.callId as string
  expect((next.ticket as { id: string }).id).toBe(ticket.id)
  await clerkPost(`/tickets/${ticket.id}/start`)
  await startEngine(clerk, 'clerk', { callId })
  await expect(citizen.getByTestId('join-call')).toBeEnabled({ timeout: 15_000 })
  await citizen.getByTestId('join-call').click()
  await expect.poll(() => phase(citizen), { timeout: 30_000 }).toBe('connected')
  await expect.poll(() => clerkPhase(clerk), { timeout: 30_000 }).toBe('connected')

  // Both sides receive video whose frames advance.
  await expectRemoteVideoMoves(citizen, callPageFigures, 'the citizen')
  await expectRemoteVideoMoves(clerk, engineFigures, 'the clerk')
  const citizenDecoded = () => callPageFigures.decoded(citizen)
  const clerkDecoded = () => engineFigures.decoded(clerk)

  // Chat both ways.
  await citizen.getByLabel('Your message').fill('Do I need a photo?')
  await citizen.keyboard.press('Enter')
  await clerk.evaluate(() => window.call.session.chat.say('Yes, one passport photo.'))
  await expect(citizen.getByTestId('chat-log').locator('[data-from="clerk"]')).toHaveText(
    /one passport photo/,
  )
  await expect
    .poll(() => clerk.evaluate(() => window.call.session.chat.lines.map((l) => `${l.from}:${l.text}`)))
    .toContain('citizen:Do I need a photo?')

  // Co-browsing: the clerk sees a field the citizen types; the citizen accepts a suggested correction.
  const fullName = citizen.getByLabel('Full name')
  const field = await clerkSuggestsFullName(citizen, clerk)
  await field.getByRole('button', { name: 'Accept' }).click()
  await expect(fullName).toHaveValue('Wang Fang Li')
  await expect
    .poll(() => clerk.evaluate(() => window.call.cobrowse.map((m) => m.type)))
    .toContain('cobrowse.accept')

  // The citizen's WebSocket is cut mid-call: both sides show it, the call recovers, no new ticket.
  await citizen.evaluate(() => window.__onehallCall!.dropSocket())
  await expect(citizen.getByTestId('reconnecting-banner')).toBeVisible()
  await expect.poll(() => phase(citizen), { timeout: 30_000 }).toBe('connected')
  await expect.poll(() => clerkPhase(clerk), { timeout: 30_000 }).toBe('connected')
  expect(await clerk.evaluate(() => window.call.session.getSnapshot().iceRestarts)).toBeGreaterThanOrEqual(1)
  await expectFramesAdvance(citizenDecoded, 'frames decoded by the citizen after the cut')
  await expectFramesAdvance(clerkDecoded, 'frames decoded by the clerk after the cut')
  await expect(citizen.getByTestId('ticket-line')).toContainText(ticket.number)

  // A third party is refused the call's signalling.
  const stranger = await enginePage(browser)
  await startEngine(stranger, 'stranger', { callId, token: 'not-the-ticket-token-000000' })
  await expect.poll(() => clerkPhase(stranger)).toBe('refused')

  // Hang up (the citizen, then the clerk ends the call), rate "Dissatisfied": a follow-up with its due date.
  await citizen.getByTestId('hang-up').click()
  await clerkPost(`/calls/${callId}/end`)
  await expect(citizen.getByTestId('rating-form')).toBeVisible()
  await citizen.getByLabel('Dissatisfied', { exact: true }).check()
  await citizen.getByTestId('rating-submit').click()
  await expect(citizen.getByTestId('follow-up')).toContainText(/\d{4}/)
  const followUp = await citizen.request.get(`/api/tickets/${ticket.id}/follow-up`, {
    headers: { 'X-OneHall-Ticket': token },
  })
  const { followUp: caseRow } = (await followUp.json()) as { followUp: { dueDate: string; status: string } }
  expect(caseRow.status).toBe('open')
  await expect(citizen.getByTestId('follow-up')).toContainText(caseRow.dueDate)
})
