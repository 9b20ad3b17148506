import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test'
import {
  axeViolations,
  closeAfterEach,
  collectConsoleErrors,
  elderModeProblems,
  startServer,
  type ServerProcess,
} from './support'

/**
 * The clerk console: a clerk signs in on /clerk, sees the queue, calls the next ticket and
 * sees the citizen's context, and that look shows in the citizen's "who looked at my data"; two clerks
 * pressing "Call next" at the same instant get different tickets; a reload while called, serving or
 * in wrap-up brings the same call back; axe on /clerk signed out and in.
 */

const ENGLISH = JSON.stringify({ language: 'en', elderMode: false })
const HALL = 'city-centre'
const DEPARTMENT = 'social-security'
const SERVICE = 'social-security-card'
const CSRF = { 'X-OneHall-CSRF': '1' }

// The shared e2e server runs with NODE_ENV=production, where the demo clerks (public password) are
// neither seeded nor accepted. This spec starts its own server in demo mode, on its own database.
let server: ServerProcess
test.beforeAll(async () => {
  server = await startServer({ env: { NODE_ENV: 'test' } })
})
test.afterAll(async () => {
  await server?.stop()
})

/** A browser context on this spec's server, in English. */
const opened = closeAfterEach()
async function englishContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: server.url })
  opened.push(context)
  await context.addInitScript((prefs) => window.localStorage.setItem('onehall.preferences', prefs), ENGLISH)
  return context
}

async function expectAxeClean(page: Page, where: string) {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([])
}

/** Signs a clerk in on /clerk with the form and makes them available. */
async function signInClerk(page: Page, username: string) {
  await page.goto('/clerk')
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill('onehall-demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByTestId('clerk-name')).toBeVisible()
  const state = page.getByTestId('clerk-state')
  if ((await state.innerText()).trim() !== 'Available') {
    await page.getByRole('button', { name: 'Set available' }).click()
  }
  await expect(state).toHaveText('Available')
}

/** Takes a ticket over the API as whoever `request` is (signed-in citizen or anonymous). */
async function takeTicket(request: APIRequestContext, extra: Record<string, unknown> = {}) {
  const response = await request.post('/api/tickets', {
    headers: CSRF,
    data: { hallId: HALL, departmentId: DEPARTMENT, serviceId: SERVICE, ...extra },
  })
  expect(response.status(), await response.text()).toBeLessThan(300)
  const body = (await response.json()) as { ticket: { id: string; number: string }; token: string }
  return body.ticket
}

/** Signs a demo citizen in (the simulated e-ID) and starts a draft with a typed answer. */
async function citizenWithDraft(request: APIRequestContext) {
  const citizens = (await (await request.get('/api/identity/demo-citizens')).json()) as {
    citizens: { id: string }[]
  }
  const session = await request.post('/api/identity/session', {
    headers: CSRF,
    data: { citizenId: citizens.citizens[0]!.id },
  })
  expect(session.ok()).toBe(true)
  const created = await request.post('/api/drafts', {
    headers: CSRF,
    data: { serviceId: SERVICE, hallId: HALL },
  })
  expect(created.status()).toBe(201)
  const { draft } = (await created.json()) as { draft: { resumeCode: string } }
  const saved = await request.put(`/api/drafts/${draft.resumeCode}`, {
    headers: CSRF,
    data: { answers: { 'full-name': 'Zhang Wei Draft' }, pageId: 'your-details' },
  })
  expect(saved.ok(), await saved.text()).toBe(true)
  return draft.resumeCode
}

test('a clerk signs in, sees the queue, calls next and sees the context; the citizen sees the look', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const desk = await englishContext(browser)
  const page = await desk.newPage()
  const errors = collectConsoleErrors(page, { ignore: [/status of 4\d\d/, /WebSocket/] })

  // Signed out: the sign-in form, GOV.UK errors, axe.
  await page.goto('/clerk')
  await expect(page.getByRole('heading', { name: 'Clerk sign-in' })).toBeVisible()
  await expectAxeClean(page, '/clerk signed out')
  await page.getByLabel('Elder mode', { exact: true }).check()
  expect(await elderModeProblems(page), 'elder mode, signed out').toEqual([])
  await page.getByLabel('Elder mode', { exact: true }).uncheck()
  await page.getByRole('button', { name: 'Sign in' }).click()
  const summary = page.getByTestId('error-summary')
  await expect(summary).toContainText('Enter your username')
  await expect(summary).toContainText('Enter your password')
  await page.getByLabel('Username').fill('clerk-social-security')
  await page.getByLabel('Password').fill('wrong-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(summary).toContainText('The username or password is not right')
  await expect(page.getByLabel('Username')).toHaveValue('clerk-social-security')

  await signInClerk(page, 'clerk-social-security')
  // The queue follows the WebSocket (queue.subscribe), not the polling fallback.
  await expect(page.getByTestId('queue-mode')).toHaveAttribute('data-mode', 'live')

  // A signed-in citizen with a draft takes a ticket (now that a clerk is on duty).
  const citizen = await englishContext(browser)
  const resumeCode = await citizenWithDraft(citizen.request)
  const ticket = await takeTicket(citizen.request, { resumeCode })

  // The queue shows it (live or by polling), then Call next brings its context.
  await expect(page.locator(`[data-testid="queue-row"][data-number="${ticket.number}"]`)).toBeVisible()
  await expectAxeClean(page, '/clerk signed in with a queue')
  // Call next takes the longest-waiting ticket: empty the queue down to ours first.
  for (let i = 0; i < 20; i++) {
    // The shortcut (shown on the page) does what the button does.
    await page.keyboard.press('Alt+N')
    await expect(page.getByTestId('context-ticket')).toBeVisible()
    if ((await page.getByTestId('context-ticket').innerText()).trim() === ticket.number) break
    await page.getByRole('button', { name: 'No-show' }).click()
    await expect(page.getByTestId('clerk-context')).toHaveCount(0)
  }
  await expect(page.getByTestId('context-ticket')).toHaveText(ticket.number)
  await expect(page.getByTestId('context-service')).toHaveText('Apply for a social security card')
  await expect(page.getByTestId('context-logged')).toHaveText(
    "This look is recorded in the citizen's data log.",
  )
  await expect(page.locator('[data-testid="context-draft"] [data-field="full-name"]')).toContainText(
    'Zhang Wei Draft',
  )
  await expect(page.getByTestId('clerk-state')).toHaveText('Busy')
  await expectAxeClean(page, '/clerk with a context')

  // The citizen's data log shows the clerk's look.
  const me = await citizen.newPage()
  await me.goto('/me')
  await expect(me.locator('[data-testid="access-log"] tr[data-actor="clerk"]').first()).toBeVisible()
  await expect(me.getByTestId('access-log')).toContainText(ticket.number)

  // Serve, hang up, wrap up: an outcome is required, then the clerk is available again.
  await page.getByRole('button', { name: 'Start serving' }).click()
  await page.getByTestId('hang-up').click()
  await expect(page.getByTestId('wrap-up')).toBeVisible()
  await expect(page.getByTestId('clerk-state')).toHaveText('Wrap-up')
  await page.getByTestId('wrap-up-submit').click()
  await expect(page.getByTestId('error-summary')).toContainText('Choose an outcome')
  await page.getByLabel('Advice only').check()
  await page.getByLabel('Notes').fill('Explained the documents needed.')
  await page.getByTestId('wrap-up-submit').click()
  await expect(page.getByTestId('wrap-up')).toHaveCount(0)
  await expect(page.getByTestId('clerk-state')).toHaveText('Available')
  await page.getByLabel('Elder mode', { exact: true }).check()
  expect(await elderModeProblems(page), 'elder mode, signed in').toEqual([])
  expect(errors).toEqual([])
})

test('two clerks pressing Call next at the same instant get different tickets', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(120_000)
  const first = await englishContext(browser)
  const second = await englishContext(browser)
  const a = await first.newPage()
  const b = await second.newPage()
  // The supervisor serves every department, so both can call a social security ticket.
  await signInClerk(a, 'clerk-social-security')
  await signInClerk(b, 'supervisor')

  // Two anonymous holders take a ticket each.
  const holders = [
    await playwright.request.newContext({ baseURL: server.url }),
    await playwright.request.newContext({ baseURL: server.url }),
  ]
  const tickets = [await takeTicket(holders[0]!), await takeTicket(holders[1]!)]
  await expect(a.locator(`[data-testid="queue-row"][data-number="${tickets[1]!.number}"]`)).toBeVisible()
  await expect(b.locator(`[data-testid="queue-row"][data-number="${tickets[1]!.number}"]`)).toBeVisible()

  await Promise.all([a.getByTestId('call-next').click(), b.getByTestId('call-next').click()])
  const numberA = (await a.getByTestId('context-ticket').innerText()).trim()
  const numberB = (await b.getByTestId('context-ticket').innerText()).trim()
  expect(numberA).not.toBe('')
  expect(numberA).not.toBe(numberB)

  // Leave both desks free for whatever runs next.
  for (const page of [a, b]) {
    await page.getByRole('button', { name: 'No-show' }).click()
    await expect(page.getByTestId('clerk-context')).toHaveCount(0)
  }
  await Promise.all(holders.map((h) => h.dispose()))
})

test('a reload mid-call keeps the call: same ticket, then hang up, wrap up and back to available', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(120_000)
  const desk = await englishContext(browser)
  const page = await desk.newPage()
  await signInClerk(page, 'clerk-social-security')
  const holder = await playwright.request.newContext({ baseURL: server.url })
  const ticket = await takeTicket(holder)
  await expect(page.locator(`[data-testid="queue-row"][data-number="${ticket.number}"]`)).toBeVisible()
  // Call next takes the longest-waiting ticket: empty the queue down to ours first.
  for (let i = 0; i < 20; i++) {
    await page.getByTestId('call-next').click()
    await expect(page.getByTestId('context-ticket')).toBeVisible()
    if ((await page.getByTestId('context-ticket').innerText()).trim() === ticket.number) break
    await page.getByRole('button', { name: 'No-show' }).click()
    await expect(page.getByTestId('clerk-context')).toHaveCount(0)
  }
  await expect(page.getByTestId('context-ticket')).toHaveText(ticket.number)

  // Reloaded while the ticket is called: the same ticket and its call area come back.
  await page.reload()
  await expect(page.getByTestId('context-ticket')).toHaveText(ticket.number)
  await expect(page.getByTestId('clerk-state')).toHaveText('Busy')
  await expect(page.getByTestId('call-next')).toBeDisabled()
  await page.getByRole('button', { name: 'Start serving' }).click()
  await expect(page.getByTestId('hang-up')).toBeVisible()

  // Reloaded while serving: still the same ticket, and the clerk can hang up.
  await page.reload()
  await expect(page.getByTestId('context-ticket')).toHaveText(ticket.number)
  await page.getByTestId('hang-up').click()
  await expect(page.getByTestId('wrap-up')).toBeVisible()

  // Reloaded during wrap-up: the wrap-up form comes back, and wrapping up frees the clerk.
  await page.reload()
  await expect(page.getByTestId('wrap-up')).toBeVisible()
  await expect(page.getByTestId('clerk-state')).toHaveText('Wrap-up')
  await page.getByLabel('Advice only').check()
  await page.getByTestId('wrap-up-submit').click()
  await expect(page.getByTestId('wrap-up')).toHaveCount(0)
  await expect(page.getByTestId('clerk-state')).toHaveText('Available')
  await expect(page.getByTestId('call-next')).toBeEnabled()

  // Nothing is left open: after one more reload the desk is idle.
  await page.reload()
  await expect(page.getByTestId('clerk-state')).toHaveText('Available')
  await expect(page.getByTestId('clerk-context')).toHaveCount(0)
  await expect(page.getByTestId('wrap-up')).toHaveCount(0)
  await holder.dispose()
})
