import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { axeViolations, collectConsoleErrors } from './support'

/**
 * Service applications from the 2D mode: keyboard only from /2d to the confirmation, errors
 * that keep typed values, resume in another browser, consent per register and the access log, tracking,
 * one application for a double submit, and axe on every form page.
 */

const ENGLISH = JSON.stringify({ language: 'en', elderMode: false })
// Valid GB 11643 numbers (check digit computed), for adults.
const MY_ID = '110105199203151233'
const PARTNER_ID = '110105199311204566'

async function english(context: BrowserContext) {
  await context.addInitScript((prefs) => window.localStorage.setItem('onehall.preferences', prefs), ENGLISH)
}

test.beforeEach(async ({ context }) => english(context))

/** Presses Tab until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

async function expectAxeClean(page: Page, where: string) {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([])
}

async function typeInto(page: Page, label: string | RegExp, text: string) {
  const input = page.getByLabel(label, { exact: typeof label === 'string' })
  await tabTo(page, input)
  await page.keyboard.type(text)
}

async function continueByKeyboard(page: Page) {
  await tabTo(page, page.getByTestId('continue'))
  await page.keyboard.press('Enter')
}

function isoDaysFromNow(days: number): { year: string; month: string; day: string } {
  const date = new Date(Date.now() + days * 86_400_000)
  return { year: String(date.getFullYear()), month: String(date.getMonth() + 1), day: String(date.getDate()) }
}

const step = (page: Page) => page.getByTestId('form-page')

test('marriage registration from /2d with the keyboard only, errors kept, double submit, tracking', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const errors = collectConsoleErrors(page, { ignore: [/status of 4\d\d/] })
  await page.goto('/2d')
  await expect(page.getByTestId('department-item').first()).toBeVisible()

  // The department link, then the service's Apply online link: Tab and Enter only.
  const department = page.locator('[data-testid="department-item"][data-department-id="civil-affairs"] a')
  await tabTo(page, department)
  await page.keyboard.press('Enter')
  const apply = page.locator(
    '[data-testid="service-item"][data-service-id="marriage-registration"] [data-testid="apply-online"]',
  )
  await expect(apply).toBeVisible()
  await tabTo(page, apply)
  await page.keyboard.press('Enter')

  await expect(page).toHaveURL(/\/apply\/marriage-registration$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Marriage registration')
  await expectAxeClean(page, 'start')
  await tabTo(page, page.getByTestId('start-without-sign-in'))
  await page.keyboard.press('Enter')

  // Your details: a wrong ID number first -> error summary, message beside it, typed value kept.
  await expect(step(page)).toHaveAttribute('data-step', 'question')
  await expect(page).toHaveURL(/\/your-details$/)
  await typeInto(page, 'Full name', '张伟')
  const id = page.locator('#field-id-number')
  await tabTo(page, id)
  await page.keyboard.type('11010519920315123')
  await continueByKeyboard(page)
  const summary = page.getByTestId('error-summary')
  await expect(summary).toBeVisible()
  await expect(summary).toHaveAttribute('role', 'alert')
  await expect(summary).toBeFocused()
  await expect(id).toHaveValue('11010519920315123')
  await expect(page.locator('#field-full-name')).toHaveValue('张伟')
  await expect(page.locator('#field-id-number-error')).toContainText('18 characters')
  await expectAxeClean(page, 'your-details with errors')
  // The summary's link moves focus to the field.
  const link = summary.getByRole('link', { name: /18 characters/ })
  await tabTo(page, link)
  await page.keyboard.press('Enter')
  await expect(id).toBeFocused()
  await page.keyboard.press('End')
  await page.keyboard.type('3')
  await typeInto(page, 'Mobile number', '13800138000')
  await continueByKeyboard(page)
  await expect(page.getByTestId('save-status')).toContainText('Saved')

  // Married before? No (arrow keys in the radio group).
  await expect(page).toHaveURL(/\/you-status$/)
  await expectAxeClean(page, 'you-status')
  await tabTo(page, page.getByRole('radio', { name: 'Yes' }))
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: 'No' })).toBeChecked()
  await continueByKeyboard(page)

  await expect(page).toHaveURL(/\/partner-details$/)
  await typeInto(page, /partner.*name/i, '李娜')
  await tabTo(page, page.locator('#field-partner-id-number'))
  await page.keyboard.type(PARTNER_ID)
  await tabTo(page, page.locator('#field-partner-mobile'))
  await page.keyboard.type('13900139000')
  await expectAxeClean(page, 'partner-details')
  await continueByKeyboard(page)

  await expect(page).toHaveURL(/\/partner-status$/)
  await tabTo(page, page.getByRole('radio', { name: 'Yes' }))
  await page.keyboard.press('ArrowRight')
  await continueByKeyboard(page)

  await expect(page).toHaveURL(/\/appointment$/)
  await tabTo(page, page.locator('input[name="registry"]').first())
  await page.keyboard.press('Space')
  const date = isoDaysFromNow(14)
  for (const part of ['day', 'month', 'year'] as const) {
    await tabTo(page, page.locator(`#field-appointment-date-${part}`))
    await page.keyboard.type(date[part])
  }
  await expectAxeClean(page, 'appointment')
  await continueByKeyboard(page)

  // Support needs are optional; back link keeps the answers, then forward again.
  await expect(page).toHaveURL(/\/support$/)
  await tabTo(page, page.getByRole('link', { name: 'Back' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/appointment$/)
  await expect(page.locator('#field-appointment-date-day')).toHaveValue(date.day)
  await continueByKeyboard(page)
  await expect(page).toHaveURL(/\/support$/)
  await continueByKeyboard(page)

  // Documents: the joint photo is optional; limits are stated up front.
  await expect(page).toHaveURL(/\/upload-documents$/)
  await expect(page.locator('.field-hint', { hasText: /JPG/ }).first()).toBeVisible()
  await expectAxeClean(page, 'documents')
  await continueByKeyboard(page)

  // Check your answers, declaration left unticked first.
  await expect(page).toHaveURL(/\/check-answers$/)
  await expect(page.getByTestId('summary-list')).toContainText(MY_ID)
  await expect(page.getByTestId('summary-list')).toContainText('李娜')
  await expectAxeClean(page, 'check answers')
  const send = page.getByTestId('submit-application')
  await tabTo(page, send)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('error-summary')).toBeVisible()
  await expectAxeClean(page, 'check answers with the declaration error')
  await tabTo(page, page.locator('#declaration-confirm'))
  await page.keyboard.press('Space')
  await expect(page.locator('#declaration-confirm')).toBeChecked()

  // Double submit: two Enters in a row make one application.
  const posts: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/applications'))
      posts.push(request.headers()['idempotency-key'] ?? '')
  })
  await tabTo(page, send)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('confirmation')).toBeVisible()
  const reference = (await page.getByTestId('reference').innerText()).trim()
  expect(reference).toMatch(/^[A-Z]+-\d{8}-\d+$/)
  expect(new Set(posts).size, 'one Idempotency-Key per submit attempt').toBe(1)
  await expectAxeClean(page, 'confirmation')

  const code = await page.evaluate(() => {
    const memory = JSON.parse(localStorage.getItem('onehall.drafts') ?? '{}') as {
      references?: Record<string, string>
    }
    return Object.values(memory.references ?? {})[0] ?? ''
  })
  expect(code).not.toBe('')
  // The server agrees there is one application: another submit of the draft is refused with the same reference.
  const again = await page.request.post('/api/applications', {
    headers: { 'X-OneHall-CSRF': '1', 'Idempotency-Key': crypto.randomUUID(), 'Accept-Language': 'en' },
    data: { resumeCode: code, declarationAccepted: true },
  })
  expect(again.status()).toBe(409)
  expect(JSON.stringify(await again.json())).toContain(reference)

  // Tracking by reference and code.
  await tabTo(page, page.getByRole('link', { name: 'Track your application' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/track\?reference=/)
  await expect(page.getByTestId('track-reference')).toHaveText(reference)
  await expect(page.getByTestId('track-status')).not.toBeEmpty()
  await expectAxeClean(page, 'track')
  expect(errors).toEqual([])
})

test('a saved draft resumes in another browser with its code', async ({ page, browser }) => {
  await page.goto('/apply/residence-permit')
  await page.getByTestId('start-without-sign-in').click()
  await expect(page).toHaveURL(/\/your-details$/)
  await page.locator('#field-full-name').fill('陈静')
  await page.locator('#field-id-number').fill(MY_ID)
  await page.locator('#field-mobile').fill('13700137000')
  await page.getByTestId('continue').click()
  await expect(page).toHaveURL(/\/registered-address$/)
  await page.locator('#field-registered-address-province').fill('北京市')
  await page.getByRole('button', { name: 'Save and come back later' }).click()
  await expect(page).toHaveURL(/\/saved/)
  const code = (await page.getByTestId('resume-code').innerText()).trim()
  expect(code).toMatch(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/)
  await expectAxeClean(page, 'saved')

  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL })
  await english(other)
  const second = await other.newPage()
  await second.goto('/resume')
  await expect(second.getByLabel('Resume code')).toBeVisible()
  await expectAxeClean(second, 'resume')
  await second.getByLabel('Resume code').fill(code)
  await second.getByRole('button', { name: 'Continue' }).click()
  await expect(second).toHaveURL(/\/apply\/residence-permit\/registered-address/)
  await expect(second.locator('#field-registered-address-province')).toHaveValue('北京市')
  await second.getByRole('link', { name: 'Back' }).click()
  await expect(second.locator('#field-full-name')).toHaveValue('陈静')
  await expect(second.locator('#field-id-number')).toHaveValue(MY_ID)
  await other.close()
})

test('consent: refuse one register, accept another; the access log shows the pre-fill', async ({ page }) => {
  await page.goto('/apply/social-security-card')
  const citizen = page.locator('.sign-in-offer button[data-citizen-id]').first()
  await expect(citizen).toBeVisible()
  await expectAxeClean(page, 'start (signed out)')
  await citizen.click()
  await expect(page).toHaveURL(/\/use-records$/)
  const population = page.locator('[data-register="population"]')
  const social = page.locator('[data-register="social-security"]')
  await expect(population).toBeVisible()
  await expect(social).toBeVisible()
  // The preview shows the values that would be used.
  const previewName = (await population.locator('tr[data-field-id="full-name"] td').innerText()).trim()
  expect(previewName).not.toBe('')
  await expectAxeClean(page, 'consent')
  await population.getByRole('checkbox').check()
  await expect(social.getByRole('checkbox')).not.toBeChecked()
  await page.getByTestId('continue').click()

  await expect(page).toHaveURL(/\/who-for$/)
  await page.getByRole('radio', { name: /myself/i }).check()
  await page.getByTestId('continue').click()
  await expect(page).toHaveURL(/\/your-details$/)
  // Accepted register: filled, marked and editable. Refused register: empty.
  await expect(page.locator('#field-full-name')).toHaveValue(previewName)
  await expect(page.locator('#field-id-number')).not.toHaveValue('')
  await expect(page.locator('#field-full-name-prefilled')).toContainText('population')
  await expect(page.locator('#field-mobile')).toHaveValue('')
  await expect(page.locator('#field-full-name')).toBeEditable()
  await expectAxeClean(page, 'your-details prefilled')

  await page.goto('/me')
  const log = page.getByTestId('access-log')
  await expect(log).toBeVisible()
  await expect(log.locator('tr[data-actor="prefill"][data-register="population"]')).toHaveCount(1)
  await expect(log.locator('tr[data-actor="prefill"][data-register="social-security"]')).toHaveCount(0)
  await expectAxeClean(page, '/me')
})
