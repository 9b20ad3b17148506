import type { Browser } from '@playwright/test'
import { openPage, waitForExpression } from '../lib/page-session'

/** How long one call may take to show its first remote frame before the run counts as failed. */
const CALL_TIMEOUT_MS = 30_000

/**
 * The call baseline: a callee page and a caller page in two fresh contexts signal over the minimal
 * relay; from the caller starting the call (camera, offer) to the callee's first presented remote
 * video frame, in ms. `runs` calls, one after the other, after one warm-up call that is not counted
 * (the first camera start of a browser is slower).
 */
export async function measureRawCall(
  browser: Browser,
  pagesOrigin: string,
  relayUrl: string,
  runs: number,
): Promise<number[]> {
  const results: number[] = []
  for (let run = 0; run <= runs; run++) {
    const callee = await openPage(browser)
    const caller = await openPage(browser)
    try {
      const relay = encodeURIComponent(relayUrl)
      await callee.page.goto(`${pagesOrigin}/rtc-peer.html?role=callee&relay=${relay}`)
      await caller.page.goto(`${pagesOrigin}/rtc-peer.html?role=caller&relay=${relay}`)
      await waitForExpression(callee.page, 'window.__relayOpen === true', CALL_TIMEOUT_MS)
      await waitForExpression(caller.page, 'window.__relayOpen === true', CALL_TIMEOUT_MS)
      const startedAt = (await caller.page.evaluate('window.__startCall()')) as number
      await waitForExpression(callee.page, 'window.__firstRemoteFrame !== undefined', CALL_TIMEOUT_MS)
      const firstFrameAt = (await callee.page.evaluate('window.__firstRemoteFrame')) as number
      if (run > 0) results.push(firstFrameAt - startedAt)
    } finally {
      await caller.close()
      await callee.close()
    }
  }
  return results
}
