import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type BrowserContext, type Page } from '@playwright/test'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The emulator's devices that `remote.dispatch` drives. */
export type IwerDevice = 'headset' | 'controller-left' | 'controller-right' | 'hand-left' | 'hand-right'
type Vec3 = [number, number, number]

type IwerWindow = Window & {
  __iwer: { remote: { dispatch: (method: string, params?: Record<string, unknown>) => Promise<unknown> } }
  __onehall?: {
    xr(): { presenting: boolean; originPosition: Vec3; yaw: number; frame: number }
  }
}

/**
 * Installs Meta's IWER emulator as a Quest 3 before any page script runs (see the shared notes,
 * testing-here.md): the app then finds `immersive-vr` supported and enters VR through its own button.
 * The emulator is `window.__iwer`. Pages must be opened on `localhost`, where IWER injects.
 */
export async function installIwer(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: path.join(root, 'node_modules/iwer/build/iwer.min.js') })
  await context.addInitScript(() => {
    const { IWER } = window as unknown as {
      IWER: { XRDevice: new (config: unknown) => { installRuntime(o: object): void }; metaQuest3: unknown }
    }
    const device = new IWER.XRDevice(IWER.metaQuest3)
    device.installRuntime({ forceInstall: true })
    ;(window as unknown as { __iwer: unknown }).__iwer = device
  })
}

/** The same server address on `localhost` (the e2e server listens on 127.0.0.1; IWER wants localhost). */
export function localhostUrl(baseURL: string | undefined, pathAndQuery: string): string {
  const url = new URL(pathAndQuery, baseURL ?? 'http://127.0.0.1')
  url.hostname = 'localhost'
  return url.href
}

/** Calls `__iwer.remote.dispatch(method, params)` in the page. */
export async function dispatch(
  page: Page,
  method: string,
  params: Record<string, unknown> = {},
): Promise<unknown> {
  return page.evaluate(([m, p]) => (window as unknown as IwerWindow).__iwer.remote.dispatch(m, p), [
    method,
    params,
  ] as const)
}

/** Waits until the app has drawn `count` more XR frames. */
export async function xrFrames(page: Page, count = 1): Promise<void> {
  const start = await page.evaluate(() => (window as unknown as IwerWindow).__onehall!.xr().frame)
  await page.waitForFunction(
    ([from, n]) => (window as unknown as IwerWindow).__onehall!.xr().frame >= from + n,
    [start, count] as const,
    // Poll on a timer: the window's animation frames may pause while an immersive session runs.
    { polling: 50 },
  )
}

/** A hall point in the XR origin's space (what IWER's look_at takes), from the app's current origin. */
export async function toOriginSpace(
  page: Page,
  [x, y, z]: Vec3,
): Promise<{ x: number; y: number; z: number }> {
  const { originPosition, yaw } = await page.evaluate(() => (window as unknown as IwerWindow).__onehall!.xr())
  const dx = x - originPosition[0]
  const dz = z - originPosition[2]
  // Undo the origin's rotation.y.
  const c = Math.cos(-yaw)
  const s = Math.sin(-yaw)
  return { x: dx * c + dz * s, y: y - originPosition[1], z: -dx * s + dz * c }
}

/**
 * Points a controller's or hand's target ray (its -z axis) at a hall point. IWER's own `look_at` turns a
 * controller's +z toward the target, which makes the ray point away from it, so the orientation is set
 * here: yaw and pitch of the direction, no roll.
 */
export async function aimAt(page: Page, device: IwerDevice, point: Vec3): Promise<void> {
  const target = await toOriginSpace(page, point)
  const { position } = (await dispatch(page, 'get_transform', { device })) as {
    position: { x: number; y: number; z: number }
  }
  const dx = target.x - position.x
  const dy = target.y - position.y
  const dz = target.z - position.z
  const yaw = Math.atan2(-dx, -dz)
  const pitch = Math.atan2(dy, Math.hypot(dx, dz))
  // Quaternion of Euler(pitch, yaw, 0) in YXZ order: yaw about y, then pitch about x.
  const cy = Math.cos(yaw / 2)
  const sy = Math.sin(yaw / 2)
  const cp = Math.cos(pitch / 2)
  const sp = Math.sin(pitch / 2)
  const orientation = { x: cy * sp, y: sy * cp, z: -sy * sp, w: cy * cp }
  await dispatch(page, 'set_transform', { device, orientation })
  await xrFrames(page, 2)
}

/** Where a press aims: a named VR target (`__onehall.xrTarget`) or a hall point. */
export type PressAim = string | Vec3

type EmulatedInput = {
  position: { x: number; y: number; z: number }
  quaternion: { x: number; y: number; z: number; w: number }
  updateButtonValue?(id: string, value: number): void
  updatePinchValue?(value: number): void
}
type IwerInputs = {
  controllers: { left: EmulatedInput; right: EmulatedInput }
  hands: { left: EmulatedInput; right: EmulatedInput }
}

/**
 * Aims a controller's or hand's ray at a named VR target or a hall point, and presses select (trigger
 * or pinch) for one frame. It all runs inside the page on the emulated input itself: IWER's remote
 * commands each wait for a frame, and driven from the test each step also waits for a round trip to a
 * page busy drawing slow emulated frames; on a loaded machine such a press lasted seconds and was no
 * longer a click. Fails if the named target is not shown.
 */
export async function pressAt(
  page: Page,
  aim: PressAim,
  device: IwerDevice = 'controller-right',
): Promise<void> {
  const pressed = await page.evaluate(
    async ([aim, device]) => {
      const w = window as unknown as IwerWindow & {
        __iwer: IwerInputs
        __onehall: { xrTarget(name: string): Vec3 | null }
      }
      const frame = () => w.__onehall!.xr().frame
      const nextFrame = () => {
        const from = frame()
        return new Promise<void>((resolve) => {
          const check = () => (frame() > from ? resolve() : setTimeout(check, 5))
          check()
        })
      }
      await nextFrame() // a panel has laid out the item
      const point = typeof aim === 'string' ? w.__onehall.xrTarget(aim) : aim
      if (!point) return false
      // The point in the XR origin's space (undo the origin's position and rotation.y).
      const { originPosition, yaw: originYaw } = w.__onehall!.xr()
      const dx0 = point[0] - originPosition[0]
      const dz0 = point[2] - originPosition[2]
      const c = Math.cos(-originYaw)
      const s = Math.sin(-originYaw)
      const local = { x: dx0 * c + dz0 * s, y: point[1] - originPosition[1], z: -dx0 * s + dz0 * c }
      const [kind, side] = device.split('-') as ['controller' | 'hand' | 'headset', 'left' | 'right']
      const input = kind === 'hand' ? w.__iwer.hands[side] : w.__iwer.controllers[side]
      const dx = local.x - input.position.x
      const dy = local.y - input.position.y
      const dz = local.z - input.position.z
      // The ray is the input's -z: yaw about y, then pitch about x (Euler YXZ, no roll).
      const yaw = Math.atan2(-dx, -dz)
      const pitch = Math.atan2(dy, Math.hypot(dx, dz))
      const [cy, sy, cp, sp] = [
        Math.cos(yaw / 2),
        Math.sin(yaw / 2),
        Math.cos(pitch / 2),
        Math.sin(pitch / 2),
      ]
      Object.assign(input.quaternion, { x: cy * sp, y: sy * cp, z: -sy * sp, w: cy * cp })
      const setSelect = (value: number) =>
        kind === 'hand' ? input.updatePinchValue!(value) : input.updateButtonValue!('trigger', value)
      await nextFrame() // the ray now rests on the item
      await nextFrame()
      setSelect(1)
      await nextFrame()
      setSelect(0)
      await nextFrame()
      return true
    },
    [aim, device] as const,
  )
  expect(pressed, `target ${String(aim)} is not shown`).toBe(true)
}

/**
 * Waits for a named target to be shown (a hall point always is), then presses it until `done` holds, at
 * most three times. On a loaded machine an emulated frame can outlast the time a click may take, and
 * the press is then not a click; a person would press again too. `done` must be false before the
 * press, so a press that worked is never repeated.
 */
export async function pressUntil(
  page: Page,
  aim: PressAim,
  done: () => Promise<boolean>,
  what = String(aim),
  device: IwerDevice = 'controller-right',
): Promise<void> {
  expect(await done(), `"${what}" held before pressing ${String(aim)}`).toBe(false)
  if (typeof aim === 'string') {
    const shown = () =>
      page.evaluate(
        (n) => (window as unknown as { __onehall: { xrTarget(n: string): unknown } }).__onehall.xrTarget(n),
        aim,
      )
    await expect.poll(shown, { timeout: 30_000, message: `target ${aim}` }).not.toBeNull()
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    await pressAt(page, aim, device)
    const ok = await expect
      .poll(done, { timeout: 20_000 })
      .toBe(true)
      .then(() => true)
      .catch(() => false)
    if (ok) return
  }
  throw new Error(`Pressing ${String(aim)} three times never gave "${what}"`)
}

/** Pushes a controller's thumbstick for a few frames, then lets it go. */
export async function flickThumbstick(page: Page, device: IwerDevice, x: number, y: number): Promise<void> {
  // IWER numbers the thumbstick's own axes 0 (x) and 1 (y); the page sees them as gamepad axes 2 and 3.
  await dispatch(page, 'set_gamepad_state', {
    device,
    axes: [
      { index: 0, value: x },
      { index: 1, value: y },
    ],
  })
  await xrFrames(page, 2)
  await dispatch(page, 'set_gamepad_state', {
    device,
    axes: [
      { index: 0, value: 0 },
      { index: 1, value: 0 },
    ],
  })
  await xrFrames(page, 2)
}
