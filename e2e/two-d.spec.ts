import { expect, test, type Page } from '@playwright/test'
import type { Language } from '../src/shared/scene/localized'
import { axeViolations, collectConsoleErrors, fetchHall, openHall, standAtCounter } from './support'

const LABELS = {
  zh: { language: '语言', elderMode: '长者模式' },
  en: { language: 'Language', elderMode: 'Elder mode' },
} as const

/** Switches language and elder mode with the page's own controls, whatever they show now. */
async function setPreferences(page: Page, language: Language, elderMode: boolean) {
  const current = (await page.locator('html').getAttribute('lang'))?.startsWith('zh') ? 'zh' : 'en'
  await page.getByLabel(LABELS[current].language, { exact: true }).selectOption(language)
  await expect(page.locator('html')).toHaveAttribute('lang', language === 'zh' ? 'zh-CN' : 'en')
  await page.getByLabel(LABELS[language].elderMode, { exact: true }).setChecked(elderMode)
  await expect(page.locator('html')).toHaveAttribute('data-elder', String(elderMode))
}

async function openTwoD(page: Page) {
  await page.goto('/2d')
  await expect(page.getByTestId('department-item').first()).toBeVisible()
}

/** The numbers listed in a text ("窗口：01、02" -> ["01", "02"]). */
const numbersIn = (text: string) => text.match(/\d+/g) ?? []

for (const language of ['zh', 'en'] as const) {
  test(`/2d lists every department, counter and service of the hall (${language})`, async ({ page }) => {
    const errors = collectConsoleErrors(page)
    const hall = await fetchHall(page.request)
    await openTwoD(page)
    await setPreferences(page, language, false)

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hall.name[language])
    const departments = page.getByTestId('department-item')
    await expect(departments).toHaveCount(hall.departments.length)
    const listedCounters: string[] = []
    for (const [index, department] of hall.departments.entries()) {
      const item = departments.nth(index)
      await expect(item).toHaveAttribute('data-department-id', department.id)
      const link = item.getByRole('link')
      await expect(link).toContainText(department.name[language])
      // Its counters by number ("Counters: 01, 02 · 5 services"), nothing more and nothing less.
      const meta = await item.locator('.department-link-meta').innerText()
      const numbers = numbersIn(meta.split('·')[0] ?? '')
      const expected = hall.counters.filter((c) => c.departmentId === department.id).map((c) => c.number)
      expect(expected.length, `${department.id} has counters in the data`).toBeGreaterThan(0)
      expect(numbers.sort(), `counters of ${department.id}`).toEqual([...expected].sort())
      listedCounters.push(...numbers)
    }
    // Every counter of the hall appears exactly once.
    expect(listedCounters.sort()).toEqual(hall.counters.map((c) => c.number).sort())

    const services = page.getByTestId('service-index-item')
    await expect(services).toHaveCount(hall.services.length)
    const shown = await services.evaluateAll((items) =>
      items.map((item) => ({
        id: item.getAttribute('data-service-id'),
        name: item.querySelector('a')?.textContent?.trim() ?? '',
      })),
    )
    expect(shown.map((s) => s.id).sort()).toEqual(hall.services.map((s) => s.id).sort())
    for (const service of hall.services) {
      expect(shown.find((s) => s.id === service.id)?.name, service.id).toBe(service.name[language])
    }
    expect(errors).toEqual([])
  })
}

test('keyboard alone opens a department on /2d and a service in it', async ({ page }) => {
  const errors = collectConsoleErrors(page)
  const hall = await fetchHall(page.request)
  await openTwoD(page)
  const language: Language = (await page.locator('html').getAttribute('lang'))?.startsWith('zh') ? 'zh' : 'en'
  const department = hall.departments.find((d) => d.id === 'taxation') ?? hall.departments[1]!
  const services = hall.services.filter((s) => s.departmentId === department.id)

  // Tab through the page until the department's link has focus; no mouse anywhere.
  const link = page
    .locator(`[data-testid="department-item"][data-department-id="${department.id}"]`)
    .getByRole('link')
  for (let presses = 0; presses < 40; presses++) {
    if (await link.evaluate((el) => el === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  await expect(link).toBeFocused()
  await page.keyboard.press('Enter')

  const detail = page.getByTestId('department-detail')
  await expect(detail).toBeVisible()
  await expect(detail).toHaveAttribute('data-department-id', department.id)
  await expect(page).toHaveURL(new RegExp(`[?&]dept=${department.id}(&|$)`))
  await expect(link).toHaveAttribute('aria-current', 'true')
  const heading = detail.getByRole('heading', { level: 2 })
  await expect(heading).toHaveText(department.name[language])
  await expect(heading).toBeFocused()
  // Screen readers hear what opened.
  await expect(page.getByTestId('two-d-announcement')).toContainText(department.name[language])

  const items = detail.getByTestId('service-item')
  await expect(items).toHaveCount(services.length)
  for (const [index, service] of services.entries()) {
    await expect(items.nth(index)).toHaveAttribute('data-service-id', service.id)
    await expect(items.nth(index).getByRole('button')).toHaveText(service.name[language])
  }

  // The next Tab reaches the first service; Enter opens its details.
  await page.keyboard.press('Tab')
  const toggle = items.first().getByRole('button')
  await expect(toggle).toBeFocused()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const details = items.first().locator('dl')
  await expect(details).toBeVisible()
  for (const document of services[0]!.documents) await expect(details).toContainText(document[language])
  expect(errors).toEqual([])
})

test.describe('axe-core finds no accessibility violations', () => {
  for (const [language, elderMode] of [
    ['zh', false],
    ['en', false],
    ['zh', true],
    ['en', true],
  ] as const) {
    test(`on /2d, closed and with a department open (${language}${elderMode ? ', elder mode' : ''})`, async ({
      page,
    }) => {
      const hall = await fetchHall(page.request)
      await openTwoD(page)
      await setPreferences(page, language, elderMode)
      expect(await axeViolations(page), 'no department open').toEqual([])

      const department = hall.departments[0]!
      await page
        .locator(`[data-testid="department-item"][data-department-id="${department.id}"]`)
        .getByRole('link')
        .click()
      await expect(page.getByTestId('department-detail')).toBeVisible()
      await page
        .getByTestId('department-detail')
        .getByTestId('service-item')
        .first()
        .getByRole('button')
        .click()
      expect(await axeViolations(page), `${department.id} open, one service expanded`).toEqual([])
    })
  }

  for (const [language, elderMode] of [
    ['zh', false],
    ['en', true],
  ] as const) {
    test(`on the hall page's DOM overlay, with and without the station panel (${language}${elderMode ? ', elder mode' : ''})`, async ({
      page,
    }) => {
      // Three axe runs over a page that renders in software: give it room on a busy machine.
      test.setTimeout(120_000)
      const hall = await fetchHall(page.request)
      await openHall(page)
      await setPreferences(page, language, elderMode)
      const exclude = ['[data-testid="hall-canvas"]']
      expect(await axeViolations(page, { exclude }), 'hall page').toEqual([])

      const counterId = hall.counters[0]!.id
      const point = await standAtCounter(page, counterId)
      await page.mouse.click(point.x, point.y)
      await expect(page.getByTestId('station-panel')).toHaveAttribute('data-counter-id', counterId)
      await page.getByTestId('station-panel').getByTestId('service-item').first().getByRole('button').click()
      expect(await axeViolations(page, { exclude }), 'station panel open').toEqual([])

      // The counter menu open too.
      await page.getByRole('button', { name: language === 'zh' ? '前往窗口' : 'Go to counter' }).click()
      await expect(
        page.getByRole('list', { name: language === 'zh' ? '窗口列表' : 'Counters' }),
      ).toBeVisible()
      expect(await axeViolations(page, { exclude }), 'counter menu open').toEqual([])
    })
  }
})
