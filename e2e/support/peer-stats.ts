import type { BrowserContext, Page } from '@playwright/test'

type PeerWindow = Window & { __e2ePeerConnections?: RTCPeerConnection[] }

/**
 * Makes every page of the context keep the RTCPeerConnections it creates (in
 * `window.__e2ePeerConnections`), so a test can read what the page receives without a hook in the app.
 * Call before the context opens its pages.
 */
export async function recordPeerConnections(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const Native = window.RTCPeerConnection
    const made: RTCPeerConnection[] = []
    ;(window as PeerWindow).__e2ePeerConnections = made
    window.RTCPeerConnection = class extends Native {
      constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
        super(...args)
        made.push(this)
      }
    }
  })
}

/**
 * The received audio's total energy so far, summed over the page's open peer connections
 * (`inbound-rtp` `totalAudioEnergy`): it grows while the other side sends sound and stands still
 * while it sends silence (muted). Needs {@link recordPeerConnections}.
 */
export async function receivedAudioEnergy(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let energy = 0
    for (const pc of (window as PeerWindow).__e2ePeerConnections ?? []) {
      if (pc.connectionState === 'closed') continue
      const report = await pc.getStats()
      report.forEach((stat: { type: string; kind?: string; totalAudioEnergy?: number }) => {
        if (stat.type === 'inbound-rtp' && stat.kind === 'audio') energy += stat.totalAudioEnergy ?? 0
      })
    }
    return energy
  })
}
