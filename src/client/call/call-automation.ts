import type { CallSnapshot } from './call-session'
import type { CallStats } from './call-stats'
import { useCallPageStore } from './call-page-store'

/**
 * `window.__onehallCall`, on the `/call` page only: what end-to-end tests read and drive
 * (docs/automation.md). `dropSocket` cuts the WebSocket as a network failure would; it reconnects by itself.
 */
export type CallAutomation = {
  snapshot(): CallSnapshot | null
  stats(): Promise<CallStats | null>
  /** Frames the remote `<video>` has presented (requestVideoFrameCallback), or null before the call. */
  remoteFrames(): number | null
  dropSocket(): void
}

declare global {
  interface Window {
    __onehallCall?: CallAutomation
  }
}

/** Installs the hook; returns the function that removes it. */
export function installCallAutomation(options: {
  dropSocket: () => void
  remoteFrames: () => number | null
}): () => void {
  const api: CallAutomation = {
    snapshot: () => useCallPageStore.getState().session?.getSnapshot() ?? null,
    stats: async () => (await useCallPageStore.getState().session?.stats()) ?? null,
    remoteFrames: options.remoteFrames,
    dropSocket: options.dropSocket,
  }
  window.__onehallCall = api
  return () => {
    if (window.__onehallCall === api) delete window.__onehallCall
  }
}
