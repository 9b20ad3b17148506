import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { CallSession, createCallSession } from '../../src/client/call/call-session'
import type { CobrowseIncoming } from '../../src/client/call/signalling'
import type { signallingFromWsClient } from '../../src/client/call/ws-signalling'
import type { WsClient } from '../../src/client/realtime/ws-client'

declare global {
  interface Window {
    CallEngine: {
      createCallSession: typeof createCallSession
      signallingFromWsClient: typeof signallingFromWsClient
      WsClient: typeof WsClient
    }
    call: { session: CallSession; socket: WsClient; frames: () => number; cobrowse: CobrowseIncoming[] }
  }
}

/** The role a harness page joins as; `stranger` is refused by the relay. */
export type HarnessRole = 'citizen' | 'clerk' | 'stranger'

/** Where a harness page runs and what it joins. */
export type HarnessOptions = {
  /** The WebSocket address. @default the page's own /api/ws */
  wsUrl?: string
  callId?: string
  token?: string
}

/**
 * Starts the call engine with the fake camera in a page that has `window.CallEngine` (the relay's page,
 * or any page given the bundle): `window.call` holds the session, its socket (the app's shared WS
 * client class), a presented-frame count of the remote video, and the co-browsing messages heard.
 */
export async function startEngine(
  page: Page,
  role: HarnessRole,
  options: HarnessOptions = {},
): Promise<void> {
  await page.evaluate(
    async ({ role, options }) => {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true })
      const socket = new window.CallEngine.WsClient(options.wsUrl ? { url: options.wsUrl } : {})
      const session = window.CallEngine.createCallSession({
        role: role === 'clerk' ? 'clerk' : 'citizen',
        callId: options.callId ?? 'call-1',
        token: role === 'clerk' ? undefined : (options.token ?? 'ticket-token-0123456789'),
        signalling: window.CallEngine.signallingFromWsClient(socket),
        localStream: stream,
      })
      const video = document.createElement('video')
      video.muted = true
      video.autoplay = true
      document.body.append(video)
      let frames = 0
      const count = () => {
        frames++
        video.requestVideoFrameCallback(count)
      }
      video.requestVideoFrameCallback(count)
      session.subscribe(() => {
        const remote = session.getSnapshot().remoteStream
        if (remote && video.srcObject !== remote) video.srcObject = remote
      })
      const cobrowse: CobrowseIncoming[] = []
      session.onCobrowse((message) => cobrowse.push(message))
      session.start()
      window.call = { session, socket, frames: () => frames, cobrowse }
    },
    { role, options },
  )
}

/**
 * A blank page on the relay (e2e/support/call-relay.ts) running the engine as `role` on call `call-1`,
 * in a new browser context pushed onto `opened` (see closeAfterEach).
 */
export async function openEnginePage(
  browser: Browser,
  relayUrl: string,
  role: HarnessRole,
  opened: BrowserContext[],
): Promise<Page> {
  const context = await browser.newContext()
  opened.push(context)
  const page = await context.newPage()
  await page.goto(relayUrl)
  await startEngine(page, role, { wsUrl: `ws://${new URL(relayUrl).host}/ws?role=${role}` })
  return page
}

/**
 * A page of the app server at `baseUrl` with the call engine loaded (`bundle` from `engineBundle()`), for
 * the clerk's side of a call against the real hub: sign the clerk in with `page.request`, then
 * `startEngine`. No app page of its own runs the engine outside the console. CSP is bypassed for the
 * injected bundle only: its own zod copy compiles validators with `new Function`. Its new browser
 * context is pushed onto `opened` (see closeAfterEach).
 */
export async function openAppEnginePage(
  browser: Browser,
  baseUrl: string,
  bundle: string,
  opened: BrowserContext[],
): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, bypassCSP: true })
  opened.push(context)
  const page = await context.newPage()
  await page.goto('/no-such-page')
  await page.evaluate(bundle)
  return page
}
