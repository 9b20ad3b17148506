import path from 'node:path'
import type { Browser } from '@playwright/test'
import { makeRow, unavailableRow } from '../lib/rows'
import type { Row } from '../lib/rows'
import { openPage, waitForExpression, waitForReady } from '../lib/page-session'
import type { RenderInfo } from './desktop-runs'
import { READY_TIMEOUT_MS } from './desktop-runs'

const FIGURE = 'draw calls in VR (IWER Quest 3, both eyes, controllers drawn)'
const BUDGET = { on: 'value', op: '<=', limit: 150 } as const
/** XR frames drawn after entering before the counters are read (controllers and rays appear). */
const XR_SETTLE_FRAMES = 10
const XR_TIMEOUT_MS = 45_000

/** Installs Meta's IWER emulator before the page loads (the recipe in testing-here.md). */
const IWER_INSTALL = `(() => {
  const device = new IWER.XRDevice(IWER.metaQuest3)
  device.installRuntime({ forceInstall: true })
  window.__iwer = device
})()`

/**
 * Draw calls while presenting in emulated VR, entered the way a visitor does: the app's own
 * "Enter VR" button (`data-testid="enter-vr"`), with `window.__onehall.xr()` reporting
 * `{ presenting, head, frame }` (docs/automation.md). Until the headset mode lands the row says not
 * available. Opened on `localhost`, where the XR layer accepts the emulator.
 */
export async function measureVr(
  browser: Browser,
  root: string,
  origin: string | null,
  problem: string | null,
  hallId: string,
  runs: number,
  deadline: number,
): Promise<Row> {
  const unavailable = (reason: string) =>
    unavailableRow({ id: 'vr.calls', figure: FIGURE, unit: 'calls', budget: BUDGET, reason })
  if (!origin) return unavailable(problem ?? 'the OneHall server could not be started')
  const url = new URL(`/?hall=${encodeURIComponent(hallId)}`, origin)
  url.hostname = 'localhost'
  const values: number[] = []
  for (let run = 0; run < runs && (run === 0 || Date.now() < deadline); run++) {
    const opened = await openPage(browser)
    try {
      const { context, page } = opened
      await context.addInitScript({ path: path.join(root, 'node_modules/iwer/build/iwer.min.js') })
      await context.addInitScript(IWER_INSTALL)
      await page.goto(url.href, { waitUntil: 'commit' })
      await waitForReady(page, '__benchReadyAt', READY_TIMEOUT_MS)
      if (!(await page.evaluate('typeof window.__onehall.xr === "function"'))) {
        return unavailable('headset mode has not landed (no window.__onehall.xr())')
      }
      const button = page.getByTestId('enter-vr')
      await button.waitFor({ state: 'visible', timeout: XR_TIMEOUT_MS })
      await button.click()
      await waitForExpression(page, 'window.__onehall.xr().head !== null', XR_TIMEOUT_MS)
      const start = (await page.evaluate('window.__onehall.xr().frame')) as number
      await waitForExpression(
        page,
        `window.__onehall.xr().frame >= ${start + XR_SETTLE_FRAMES}`,
        XR_TIMEOUT_MS,
      )
      const info = (await page.evaluate('window.__onehall.renderInfo()')) as RenderInfo
      values.push(info.calls)
    } catch (error) {
      if (values.length === 0)
        return unavailable(`entering VR failed: ${(error as Error).message.split('\n')[0]}`)
      break
    } finally {
      await opened.close()
    }
  }
  return makeRow({
    id: 'vr.calls',
    figure: FIGURE,
    unit: 'calls',
    values,
    budget: BUDGET,
    note: `read ${XR_SETTLE_FRAMES} XR frames after entering with the app's Enter VR button, at the spawn point`,
  })
}
