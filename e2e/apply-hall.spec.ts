import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { residentIdCheckCharacter } from '../src/shared/validation'
import { axeViolations, collectConsoleErrors, elderModeProblems, openHall, standAtCounter } from './support'

/**
 * Service applications started in the 3D hall on desktop: a counter's station panel, its
 * "Apply online" link, two different services to the confirmation and the tracking page. The two take
 * different branches of the same kind of question (how to collect the card): the social security card
 * is collected at the counter and never shows the postal-address page; the senior citizen card is sent
 * by post and must show it. Every form page is checked with axe in Chinese, and in elder mode too.
 */

test.use({ locale: 'zh-CN' })

/** A valid GB 11643 number for a Beijing resident born on `birth` (yyyymmdd) with an order code. */
function residentId(birth: string, order: string): string {
  const first17 = `110105${birth}${order}`
  return `${first17}${residentIdCheckCharacter(first17) ?? ''}`
}

// The smallest PNG header the server's content check accepts as an image.
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
])

async function usePreferences(context: BrowserContext, elderMode: boolean) {
  const prefs = JSON.stringify({ language: 'zh', elderMode })
  await context.addInitScript((value) => window.localStorage.setItem('onehall.preferences', value), prefs)
}

/** One journey through a form: every step's path segment in order, with the page checks run on each. */
class Journey {
  readonly visited: string[] = []
  constructor(
    private readonly page: Page,
    private readonly serviceId: string,
    private readonly elder: boolean,
  ) {}

  /** Waits for the step, records it, and checks it with axe (and the elder sizes in elder mode). */
  async at(segment: string) {
    const path = segment ? `/apply/${this.serviceId}/${segment}` : `/apply/${this.serviceId}`
    await expect(this.page).toHaveURL(new RegExp(`${path.replaceAll('/', '\\/')}(\\?.*)?$`))
    await expect(this.page.locator('h1').first()).toBeVisible()
    await expect(this.page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    this.visited.push(segment || 'start')
    await this.check(path)
  }

  /** axe on the page as it is now, and the elder sizes in elder mode. */
  async check(where: string) {
    expect(await axeViolations(this.page), `axe violations on ${where}`).toEqual([])
    if (this.elder) {
      await expect(this.page.locator('html')).toHaveAttribute('data-elder', 'true')
      expect(await elderModeProblems(this.page), `elder sizes on ${where}`).toEqual([])
    }
  }

  async choose(field: string, value: string) {
    await this.page.locator(`input[name="${field}"][value="${value}"]`).check()
  }

  async fill(inputId: string, text: string) {
    await this.page.locator(`#field-${inputId}`).fill(text)
  }

  async date(field: string, year: string, month: string, day: string) {
    await this.fill(`${field}-year`, year)
    await this.fill(`${field}-month`, month)
    await this.fill(`${field}-day`, day)
  }

  async upload(field: string, name: string) {
    const input = this.page.locator(`#field-${field}`)
    await input.setInputFiles({ name, mimeType: 'image/png', buffer: PNG })
    await expect(this.page.locator('.file-list', { hasText: name })).toBeVisible()
  }

  async next() {
    await this.page.getByTestId('continue').click()
  }
}

/** From the hall: stand at the counter, open its panel and follow the service's "Apply online" link. */
async function applyFromCounter(page: Page, counterId: string, serviceId: string) {
  await openHall(page)
  const point = await standAtCounter(page, counterId)
  await page.mouse.click(point.x, point.y)
  const panel = page.getByTestId('station-panel')
  await expect(panel).toHaveAttribute('data-counter-id', counterId)
  const apply = panel.locator(
    `[data-testid="service-item"][data-service-id="${serviceId}"] [data-testid="apply-online"]`,
  )
  await expect(apply).toBeVisible()
  await apply.click()
}

/** Ticks the declaration, sends, reads the reference and finds it on /track; returns the reference. */
async function submitAndTrack(page: Page, journey: Journey): Promise<string> {
  await page.locator('#declaration-confirm').check()
  await page.getByTestId('submit-application').click()
  await expect(page.getByTestId('confirmation')).toBeVisible()
  await journey.at('confirmation')
  const reference = (await page.getByTestId('reference').innerText()).trim()
  expect(reference).toMatch(/^[A-Z]+-\d{8}-\d+$/)
  await page.locator(`a[href^="/track?reference="]`).click()
  await expect(page).toHaveURL(/\/track\?reference=/)
  await expect(page.getByTestId('track-reference')).toHaveText(reference)
  await expect(page.getByTestId('track-status')).not.toBeEmpty()
  expect(await axeViolations(page), 'axe violations on /track').toEqual([])
  return reference
}

test('social security card from the hall, collected at the counter: no postal address asked', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000)
  await usePreferences(context, false)
  const errors = collectConsoleErrors(page)
  await applyFromCounter(page, 'counter-01', 'social-security-card')
  const j = new Journey(page, 'social-security-card', false)

  await j.at('')
  await page.getByTestId('start-without-sign-in').click()
  await j.at('who-for')
  await j.choose('applicant', 'self')
  await j.next()
  await j.at('your-details')
  await j.fill('full-name', '张伟')
  await j.fill('id-number', residentId('19850312', '031'))
  await j.fill('mobile', '13800138000')
  await j.next()
  await j.at('insurance')
  await j.choose('insurance-status', 'employee')
  await j.next()
  await j.at('bank')
  await j.choose('bank', 'icbc')
  await j.next()
  await j.at('collection')
  await j.choose('collection-method', 'counter')
  await j.next()
  // Collected at the counter: straight on to the documents, no postal address.
  await j.at('upload-documents')
  await j.upload('photo', 'photo.png')
  await j.next()
  await j.at('check-answers')
  await expect(page.getByTestId('summary-list').locator('[data-field-id="postal-address"]')).toHaveCount(0)
  const reference = await submitAndTrack(page, j)

  expect(j.visited).not.toContain('postal-address')
  expect(j.visited).not.toContain('child-details')
  expect(reference).not.toBe('')
  expect(errors).toEqual([])
})

test('senior citizen card from the hall in elder mode, sent by post: the postal-address page appears', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000)
  await usePreferences(context, true)
  const errors = collectConsoleErrors(page)
  await applyFromCounter(page, 'counter-13', 'senior-citizen-card')
  const j = new Journey(page, 'senior-citizen-card', true)

  await j.at('')
  await page.getByTestId('start-without-sign-in').click()
  await j.at('your-details')
  // Nothing typed: the error summary and the messages beside the fields, in elder mode too.
  await j.next()
  await expect(page.getByTestId('error-summary')).toBeVisible()
  await expect(page.locator('.form-group-error')).toHaveCount(3)
  await j.check('your-details with errors')
  await j.fill('full-name', '李秀英')
  await j.fill('id-number', residentId('19580412', '042'))
  await j.date('birth-date', '1958', '4', '12')
  await j.next()
  await j.at('residence')
  await j.choose('local-household', 'yes')
  await j.next()
  await j.at('photo')
  await j.choose('photo-source', 'id-photo')
  await j.next()
  await j.at('collection')
  await j.choose('collection-method', 'post')
  await j.next()
  // Sent by post: the page the counter path skips.
  await j.at('postal-address')
  await j.fill('postal-address-province', '北京市')
  await j.fill('postal-address-city', '北京市')
  await j.fill('postal-address-district', '朝阳区')
  await j.fill('postal-address-detail', '样例路1号')
  await j.next()
  await j.at('contact')
  await j.fill('mobile', '13900139000')
  await j.next()
  await j.at('upload-documents')
  await j.upload('id-card', 'id-card.png')
  await j.next()
  await j.at('check-answers')
  await expect(page.getByTestId('summary-list').locator('[data-field-id="postal-address"]')).toContainText(
    '样例路1号',
  )
  await submitAndTrack(page, j)

  expect(j.visited).toContain('postal-address')
  // The other branches of this form were not taken.
  expect(j.visited).not.toContain('residence-permit')
  expect(j.visited).not.toContain('photo-upload')
  expect(errors).toEqual([])
})
