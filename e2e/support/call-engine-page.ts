import type { Browser, Page } from '@playwright/test'
import type { CallSession, createCallSession } from '../../src/client/call/call-session'
import type { CobrowseIncoming } from '../../src/client/call/signalling'
import type { PageChannel, openPageSignalling } from '../../src/client/call/page-signalling'

declare global {
  interface Window {
    CallEngine: { createCallSession: typeof createCallSession; openPageSignalling: typeof openPageSignalling }
    call: { session: CallSession; channel: PageChannel; frames: () => number; cobrowse: CobrowseIncoming[] }
  }
}

/** The role a harness page joins as; `stranger` is refused by the relay. */
export type HarnessRole = 'citizen' | 'clerk' | 'stranger'

/**
 * A blank page on the relay (e2e/support/call-relay.ts) running the call engine with the fake camera:
 * `window.call` holds the session, its socket, a presented-frame count of the remote video, and the
 * co-browsing messages heard.
 */
export async function openEnginePage(browser: Browser, relayUrl: string, role: HarnessRole): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(relayUrl)
  await page.evaluate(async (role) => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true })
    const channel = window.CallEngine.openPageSignalling(`ws://${location.host}/ws?role=${role}`)
    const session = window.CallEngine.createCallSession({
      role: role === 'clerk' ? 'clerk' : 'citizen',
      callId: 'call-1',
      token: role === 'clerk' ? undefined : 'ticket-token-0123456789',
      signalling: channel.signalling,
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
    window.call = { session, channel, frames: () => frames, cobrowse }
  }, role)
  return page
}
