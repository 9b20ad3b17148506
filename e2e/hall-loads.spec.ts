import { expect, test } from '@playwright/test'
import {
  canvasPixelStats,
  collectConsoleErrors,
  fetchHall,
  hookCounters,
  nextFrames,
  openHall,
} from './support'

type LoadingWindow = Window & { __loadingBarValues?: number[] }

test('the hall loads behind a progress bar and draws a real picture without console errors', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page)
  // Record every value the loading bar shows from the first paint on: it may come and go faster than a
  // test can poll, so a MutationObserver installed before any page script watches for it.
  await page.addInitScript(() => {
    const seen: number[] = ((window as LoadingWindow).__loadingBarValues = [])
    const record = () => {
      const bar = document.querySelector('[data-testid="loading-bar"]')
      if (bar) seen.push(Number(bar.getAttribute('aria-valuenow')))
    }
    new MutationObserver(record).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuenow'],
    })
  })

  await openHall(page)

  const shown = await page.evaluate(() => (window as LoadingWindow).__loadingBarValues ?? [])
  expect(shown.length, 'the loading bar was never shown').toBeGreaterThan(0)
  expect(Math.min(...shown), 'the loading bar showed progress below 100%').toBeLessThan(100)
  for (const value of shown) expect(value).toBeGreaterThanOrEqual(0)
  await expect(page.getByTestId('loading-bar')).toHaveCount(0)
  await expect(page.getByRole('progressbar')).toHaveCount(0)

  const canvas = page.getByTestId('hall-canvas').locator('canvas')
  await expect(canvas).toBeVisible()
  const pixels = await canvasPixelStats(canvas)
  expect(pixels.width * pixels.height).toBeGreaterThan(100_000)
  expect(pixels.transparentShare, 'the drawing buffer was empty').toBeLessThan(0.01)
  // A lit hall with a tiled floor, coloured counters and signs: many colours, none covering the frame.
  expect(pixels.distinctColours).toBeGreaterThan(200)
  expect(pixels.dominantShare).toBeLessThan(0.6)

  const hall = await fetchHall(page.request)
  const counters = await hookCounters(page)
  expect(counters.length).toBeGreaterThanOrEqual(12)
  expect(counters.map((c) => [c.id, c.number, c.department])).toEqual(
    hall.counters.map((c) => [c.id, c.number, c.departmentId]),
  )
  for (const counter of counters) {
    const department = hall.departments.find((d) => d.id === counter.department)
    expect(counter.name).toEqual(department?.name)
  }

  const render = await page.evaluate(() => window.__onehall!.renderInfo())
  expect(render.calls).toBeGreaterThan(0)
  expect(render.triangles).toBeGreaterThan(0)
  expect(render.geometries).toBeGreaterThan(0)

  // Let it render a few more frames so errors thrown while drawing show up too.
  await nextFrames(page, 5)
  expect(errors).toEqual([])
})
