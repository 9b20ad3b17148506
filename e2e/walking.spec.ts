import { expect, test, type Page } from '@playwright/test'
import { FURNITURE_FOOTPRINTS } from '../src/shared/scene/footprints'
import { PLAYER_RADIUS } from '../src/shared/walk/walk-world'
import {
  collectConsoleErrors,
  fetchHall,
  floorDistance,
  hookPlayer,
  nextFrames,
  openHall,
  standAtCounter,
} from './support'

/** A counter's half depth: the visitor must stop this far plus its radius from the counter's centre. */
const COUNTER_HALF_DEPTH = FURNITURE_FOOTPRINTS.counter.depth / 2
/** Collision may settle a hair inside the contact distance. */
const CONTACT_EPSILON = 0.02

/** The view's forward and right directions on the floor for a yaw (three.js camera convention). */
function viewAxes(yaw: number) {
  return {
    forward: [-Math.sin(yaw), -Math.cos(yaw)] as const,
    right: [Math.cos(yaw), -Math.sin(yaw)] as const,
  }
}

/** A floor displacement split into the view's forward and right parts. */
function relativeMove(from: { position: number[]; yaw: number }, to: { position: number[] }) {
  const dx = to.position[0]! - from.position[0]!
  const dz = to.position[2]! - from.position[2]!
  const { forward, right } = viewAxes(from.yaw)
  return { forward: dx * forward[0] + dz * forward[1], right: dx * right[0] + dz * right[1] }
}

/** Waits until the visitor has stood still for a few frames, and returns where. */
async function settled(page: Page) {
  let previous = await hookPlayer(page)
  await expect
    .poll(
      async () => {
        await nextFrames(page, 3)
        const now = await hookPlayer(page)
        const moved = floorDistance(previous.position, now.position)
        previous = now
        return moved
      },
      { timeout: 30_000 },
    )
    .toBeLessThan(0.001)
  return previous
}

async function focusCanvas(page: Page) {
  const canvas = page.getByTestId('hall-canvas').locator('canvas')
  await canvas.focus()
  await expect(canvas).toBeFocused()
}

test('walking keys move the visitor along the view direction', async ({ page }) => {
  const errors = collectConsoleErrors(page)
  await openHall(page)
  await focusCanvas(page)

  // From the spawn point the entrance is clear ahead; step forward with W, again with ArrowUp, back with S.
  for (const [key, direction] of [
    ['KeyW', 1],
    ['ArrowUp', 1],
    ['KeyS', -1],
  ] as const) {
    const start = await hookPlayer(page)
    await page.keyboard.down(key)
    await expect
      .poll(async () => floorDistance(start.position, (await hookPlayer(page)).position), {
        message: `${key} moved the visitor`,
        timeout: 20_000,
      })
      .toBeGreaterThan(0.6)
    await page.keyboard.up(key)
    const end = await settled(page)

    const move = relativeMove(start, end)
    expect(move.forward * direction, `${key} moved along the view`).toBeGreaterThan(0.6)
    expect(Math.abs(move.right), `${key} did not drift sideways`).toBeLessThan(0.05)
    expect(end.yaw).toBeCloseTo(start.yaw, 5)
  }
  expect(errors).toEqual([])
})

test('walking into a counter stops in front of it', async ({ page }) => {
  const errors = collectConsoleErrors(page)
  const hall = await fetchHall(page.request)
  await openHall(page)
  const counter = hall.counters.find((c) => c.id === 'counter-05')!
  const centre = [counter.position[0], 0, counter.position[1]]
  const contact = COUNTER_HALF_DEPTH + PLAYER_RADIUS

  await standAtCounter(page, counter.id)
  const start = await hookPlayer(page)
  const startDistance = floorDistance(start.position, centre)
  expect(startDistance).toBeGreaterThan(contact + 1)
  await focusCanvas(page)

  // Record the visitor's distance to the counter centre on every frame while W is held.
  await page.evaluate((c) => {
    const samples: number[] = []
    ;(window as Window & { __distances?: number[] }).__distances = samples
    const sample = () => {
      const [x, , z] = window.__onehall!.player().position
      samples.push(Math.hypot(x - c[0]!, z - c[2]!))
      if ((window as Window & { __distances?: number[] }).__distances === samples)
        requestAnimationFrame(sample)
    }
    requestAnimationFrame(sample)
  }, centre)

  await page.keyboard.down('KeyW')
  // Reach the counter...
  await expect
    .poll(async () => floorDistance((await hookPlayer(page)).position, centre), { timeout: 30_000 })
    .toBeLessThan(contact + 0.1)
  // ...and keep pushing into it for a while longer.
  await nextFrames(page, 20)
  await page.keyboard.up('KeyW')
  const distances = await page.evaluate(() => {
    const w = window as Window & { __distances?: number[] }
    const samples = w.__distances ?? []
    delete w.__distances
    return samples
  })

  expect(distances.length).toBeGreaterThan(20)
  expect(Math.min(...distances), 'never closer than touching the counter').toBeGreaterThanOrEqual(
    contact - CONTACT_EPSILON,
  )
  const end = await hookPlayer(page)
  expect(floorDistance(end.position, centre)).toBeLessThan(startDistance - 1)
  // Still in front of it (the counter faces +z at yaw 0: its front side).
  const facing = [Math.sin((counter.yaw * Math.PI) / 180), Math.cos((counter.yaw * Math.PI) / 180)]
  const ahead = (end.position[0] - centre[0]!) * facing[0]! + (end.position[2] - centre[2]!) * facing[1]!
  expect(ahead).toBeGreaterThanOrEqual(contact - CONTACT_EPSILON)
  expect(errors).toEqual([])
})

test('clicking the floor walks the visitor there', async ({ page }) => {
  const errors = collectConsoleErrors(page)
  await openHall(page)
  const canvas = page.getByTestId('hall-canvas').locator('canvas')
  const box = (await canvas.boundingBox())!

  // Lower part of the view, right of the middle: a floor spot ahead and to the right of the visitor.
  const spot = { x: box.x + box.width / 2 + 120, y: box.y + box.height - 110 }
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName ?? null, spot)
  expect(hit, 'nothing covers the canvas at the clicked spot').toBe('CANVAS')

  const start = await hookPlayer(page)
  await page.mouse.click(spot.x, spot.y)
  await expect
    .poll(async () => floorDistance(start.position, (await hookPlayer(page)).position), { timeout: 20_000 })
    .toBeGreaterThan(0.5)
  const end = await settled(page)

  const move = relativeMove(start, end)
  expect(move.forward, 'walked ahead').toBeGreaterThan(1)
  expect(move.right, 'walked to the right').toBeGreaterThan(0.2)
  expect(move.right, 'toward the spot, not past it sideways').toBeLessThan(move.forward)
  // Walking there does not turn the view.
  expect(end.yaw).toBeCloseTo(start.yaw, 5)
  expect(errors).toEqual([])
})
