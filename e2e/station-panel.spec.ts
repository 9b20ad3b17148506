import { expect, test, type Page } from '@playwright/test'
import { COUNTER_SERVICE_DISTANCE, FURNITURE_FOOTPRINTS } from '../src/shared/scene/footprints'
import type { Hall } from '../src/shared/scene/schema'
import {
  collectConsoleErrors,
  fetchHall,
  floorDistance,
  hookPlayer,
  nextFrames,
  openHall,
  standAtCounter,
} from './support'

// The station panel in the visitor's default language here (Chinese); the English texts are covered by
// the preferences journey.
test.use({ locale: 'zh-CN' })
const LANGUAGE = 'zh'

/** What the panel of a counter must show, from the API's hall. */
function expectedPanel(hall: Hall, counterId: string) {
  const counter = hall.counters.find((c) => c.id === counterId)
  if (!counter) throw new Error(`no counter ${counterId} in the hall`)
  const department = hall.departments.find((d) => d.id === counter.departmentId)
  if (!department) throw new Error(`no department ${counter.departmentId}`)
  const services = hall.services.filter((s) => s.departmentId === department.id)
  expect(services.length, `${department.id} has services in the data`).toBeGreaterThan(0)
  return { counter, department, services }
}

async function expectPanelFor(page: Page, hall: Hall, counterId: string) {
  const { counter, department, services } = expectedPanel(hall, counterId)
  const panel = page.getByTestId('station-panel')
  await expect(panel).toBeVisible()
  await expect(panel).toHaveAttribute('data-counter-id', counterId)
  await expect(panel).toHaveAttribute('role', 'dialog')
  const heading = panel.getByRole('heading', { level: 2 })
  await expect(heading).toContainText(counter.number)
  await expect(heading).toContainText(department.name[LANGUAGE])
  // The dialog is named by its heading.
  await expect(page.getByRole('dialog', { name: await heading.innerText() })).toBeVisible()

  const items = panel.getByTestId('service-item')
  await expect(items).toHaveCount(services.length)
  expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-service-id')))).toEqual(
    services.map((s) => s.id),
  )
  for (const [index, service] of services.entries()) {
    await expect(items.nth(index).getByRole('button')).toHaveText(service.name[LANGUAGE])
  }
  return { panel, items, services }
}

test('clicking a counter at its screen point opens its station panel; hover names it; Esc closes', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page)
  const hall = await fetchHall(page.request)
  await openHall(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')

  // A counter on the back wall and one on a side wall, so the panel follows the counter clicked.
  for (const counterId of ['counter-03', 'counter-14']) {
    const { counter, department } = expectedPanel(hall, counterId)
    const point = await standAtCounter(page, counterId)

    await page.mouse.move(point.x, point.y)
    const tooltip = page.getByTestId('hover-tooltip')
    await expect(tooltip).toBeVisible()
    await expect(tooltip).toContainText(counter.number)
    await expect(tooltip).toContainText(department.name[LANGUAGE])

    await page.mouse.click(point.x, point.y)
    const { panel, items, services } = await expectPanelFor(page, hall, counterId)

    // A service opens to show its details: documents, processing time, channels.
    const first = services[0]!
    const toggle = items.first().getByRole('button')
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    const details = items.first().locator('dl')
    await expect(details).toBeHidden()
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(details).toBeVisible()
    for (const document of first.documents) await expect(details).toContainText(document[LANGUAGE])
    await expect(details.locator('[data-channel]')).toHaveCount(first.channels.length)

    await page.keyboard.press('Escape')
    await expect(panel).toHaveCount(0)
    // The pointer left the counter: move away so the next counter's hover starts fresh.
    await page.mouse.move(5, 5)
    await expect(tooltip).toHaveCount(0)
  }
  expect(errors).toEqual([])
})

test('the keyboard "go to counter" menu takes the visitor to a counter and opens its panel', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page)
  const hall = await fetchHall(page.request)
  await openHall(page)

  const trigger = page.getByRole('button', { name: '前往窗口' })
  // Tab to the menu button from the start of the page, as a keyboard user would.
  for (let presses = 0; presses < 10; presses++) {
    if (await trigger.evaluate((el) => el === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  await expect(trigger).toBeFocused()
  await expect(trigger).toHaveAttribute('aria-expanded', 'false')

  await page.keyboard.press('Enter')
  await expect(trigger).toHaveAttribute('aria-expanded', 'true')
  const menu = page.getByRole('list', { name: '窗口列表' })
  await expect(menu).toBeVisible()
  const items = menu.getByRole('button')
  await expect(items).toHaveCount(hall.counters.length)
  const byNumber = [...hall.counters].sort((a, b) => Number(a.number) - Number(b.number))
  await expect(items.first()).toBeFocused()

  // Down twice: the third counter by number.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  const target = byNumber[2]!
  const focused = items.nth(2)
  await expect(focused).toBeFocused()
  await expect(focused).toHaveAttribute('data-counter-id', target.id)
  await page.keyboard.press('Enter')

  await expect(menu).toBeHidden()
  await expectPanelFor(page, hall, target.id)
  // Focus moved into the panel, to its heading, for screen readers.
  await expect(page.getByTestId('station-panel').getByRole('heading', { level: 2 })).toBeFocused()

  // The visitor stands where one is served at that counter, facing it: the service distance in front of
  // its front face (a counter at yaw 0 faces +z).
  const facing = [Math.sin((target.yaw * Math.PI) / 180), Math.cos((target.yaw * Math.PI) / 180)] as const
  const standOff = FURNITURE_FOOTPRINTS.counter.depth / 2 + COUNTER_SERVICE_DISTANCE
  const front = [target.position[0] + facing[0] * standOff, 0, target.position[1] + facing[1] * standOff]
  await nextFrames(page, 2)
  const player = await hookPlayer(page)
  expect(floorDistance(player.position, front)).toBeLessThan(0.05)
  const yawError = Math.atan2(
    Math.sin(player.yaw - (target.yaw * Math.PI) / 180),
    Math.cos(player.yaw - (target.yaw * Math.PI) / 180),
  )
  expect(Math.abs(yawError)).toBeLessThan(0.01)
  // And sees it: the hook finds its front unobstructed on screen.
  await expect.poll(() => page.evaluate((id) => window.__onehall!.screenPoint(id), target.id)).not.toBeNull()

  // Escape closes the panel and gives focus back to the menu button.
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('station-panel')).toHaveCount(0)
  await expect(trigger).toBeFocused()
  expect(errors).toEqual([])
})
