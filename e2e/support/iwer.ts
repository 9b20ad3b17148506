import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from '@playwright/test'

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

/**
 * Presses and releases select (trigger or pinch): press, let one XR frame see it, release. A press and
 * release in the same frame can be lost (IWER's own `select` sequence is, here), and a press held too
 * long is not a click. The whole sequence runs inside the page: driven from the test, each step waits
 * for a round trip to a page busy drawing slow emulated frames, and the press lasted seconds.
 */
export async function select(page: Page, device: IwerDevice): Promise<void> {
  await page.evaluate(async (d) => {
    const w = window as unknown as IwerWindow
    const frame = () => w.__onehall!.xr().frame
    const nextFrame = (from: number) =>
      new Promise<void>((resolve) => {
        const check = () => (frame() > from ? resolve() : setTimeout(check, 5))
        check()
      })
    await w.__iwer.remote.dispatch('set_select_value', { device: d, value: 1 })
    await nextFrame(frame())
    await w.__iwer.remote.dispatch('set_select_value', { device: d, value: 0 })
  }, device)
  await xrFrames(page, 2)
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
