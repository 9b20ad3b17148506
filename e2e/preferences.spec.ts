import { expect, test, type Page } from '@playwright/test'
import {
  collectConsoleErrors,
  elderModeProblems,
  fetchHall,
  openHall,
  standAtCounter,
  waitForHall,
} from './support'

// A Chinese-speaking visitor: the page starts in Chinese and the test switches to English.
test.use({ locale: 'zh-CN' })

const CANVAS = '[data-testid="hall-canvas"]'

async function expectEnglishElder(page: Page) {
  const html = page.locator('html')
  await expect(html).toHaveAttribute('lang', 'en')
  await expect(html).toHaveAttribute('data-elder', 'true')
  await expect(page.getByLabel('Language', { exact: true })).toHaveValue('en')
  await expect(page.getByLabel('Elder mode', { exact: true })).toBeChecked()
  await expect(page.getByRole('link', { name: '2D mode', exact: true })).toBeVisible()
  const stored = await page.evaluate(() => localStorage.getItem('onehall.preferences'))
  expect(JSON.parse(stored ?? 'null')).toEqual({ language: 'en', elderMode: true })
}

/** Elder mode sizes (text and targets) of everything visible on the page as it is now. */
async function expectElderSizes(page: Page, what: string) {
  expect(await elderModeProblems(page, [CANVAS]), what).toEqual([])
}

test('language and elder mode switch, persist across reload and apply on /2d too', async ({ page }) => {
  // Two hall loads and three page visits in one journey.
  test.setTimeout(120_000)
  const errors = collectConsoleErrors(page)
  const hall = await fetchHall(page.request)
  await openHall(page)

  // Starts in the browser's language, Chinese, without elder mode.
  const html = page.locator('html')
  await expect(html).toHaveAttribute('lang', 'zh-CN')
  await expect(html).toHaveAttribute('data-elder', 'false')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hall.name.zh)
  await expect(page.getByRole('link', { name: '无障碍2D模式', exact: true })).toBeVisible()
  const normalText = await page
    .getByRole('button', { name: '前往窗口' })
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

  await page.getByLabel('语言', { exact: true }).selectOption('en')
  await expect(html).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hall.name.en)
  await page.getByLabel('Elder mode', { exact: true }).check()
  await expect(html).toHaveAttribute('data-elder', 'true')

  await page.reload()
  await waitForHall(page)
  await expectEnglishElder(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hall.name.en)
  const goToCounter = page.getByRole('button', { name: 'Go to counter', exact: true })
  await expect(goToCounter).toBeVisible()
  const elderText = await goToCounter.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(elderText, 'elder mode enlarges the text').toBeGreaterThan(normalText)

  // Everything visible on the hall page meets the elder sizes: header, help, then the station panel
  // with a service opened, then the counter menu.
  await expectElderSizes(page, 'hall page')
  const counterId = hall.counters[0]!.id
  const point = await standAtCounter(page, counterId)
  await page.mouse.click(point.x, point.y)
  const panel = page.getByTestId('station-panel')
  await expect(panel).toHaveAttribute('data-counter-id', counterId)
  await panel.getByTestId('service-item').first().getByRole('button').click()
  await expect(panel.locator('dl').first()).toBeVisible()
  await expectElderSizes(page, 'station panel open')
  await goToCounter.click()
  await expect(page.getByRole('list', { name: 'Counters' })).toBeVisible()
  await expectElderSizes(page, 'counter menu open')
  await page.keyboard.press('Escape')

  // The 2D mode, through its visible link, shows the same preferences.
  await page.getByRole('link', { name: '2D mode', exact: true }).click()
  await expect(page).toHaveURL(/\/2d/)
  await expect(page.getByTestId('department-item').first()).toBeVisible()
  await expectEnglishElder(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hall.name.en)
  await expectElderSizes(page, '/2d')
  const department = hall.departments[0]!
  await page.getByTestId('department-item').first().getByRole('link').click()
  await expect(page.getByTestId('department-detail')).toHaveAttribute('data-department-id', department.id)
  await page.getByTestId('department-detail').getByTestId('service-item').first().getByRole('button').click()
  await expectElderSizes(page, '/2d with a department and a service open')
  // The skip link is hidden until it has focus; focused (the first Tab on a fresh page), it is a
  // full-size target too.
  await page.goto('/2d')
  await expect(page.getByTestId('department-item').first()).toBeVisible()
  await page.keyboard.press('Tab')
  const skipLink = page.locator('a[href="#main"]')
  await expect(skipLink).toBeFocused()
  const skipBox = (await skipLink.boundingBox())!
  expect(skipBox.width).toBeGreaterThanOrEqual(59.5)
  expect(skipBox.height).toBeGreaterThanOrEqual(59.5)
  expect(parseFloat(await skipLink.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(
    18,
  )

  // Switching back on /2d is remembered on the hall page.
  await page.getByLabel('Language', { exact: true }).selectOption('zh')
  await page.getByLabel('长者模式', { exact: true }).uncheck()
  await expect(html).toHaveAttribute('data-elder', 'false')
  await page.goto('/')
  await expect(html).toHaveAttribute('lang', 'zh-CN')
  await expect(html).toHaveAttribute('data-elder', 'false')
  await expect(page.getByLabel('语言', { exact: true })).toHaveValue('zh')
  await expect(page.getByLabel('长者模式', { exact: true })).not.toBeChecked()
  expect(errors).toEqual([])
})
