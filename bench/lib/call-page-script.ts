/**
 * Browser side of the bench's call pages (bundled by bench/lib/engine-page.ts with esbuild, so none of
 * this runs in Node): the app's own WebSocket client on the page's /api/ws, and the real call engine
 * (`createCallSession`) started the way the app starts it, as a waiting citizen or as a clerk.
 * Everything is driven through `window.__benchCall`; times are epoch ms, as in the baseline page.
 */
import { createCallSession } from '../../src/client/call/call-session'
import { signallingFromWsClient } from '../../src/client/call/ws-signalling'
import { WsClient } from '../../src/client/realtime/ws-client'

/** What the page has seen so far, read by the bench (and printed when a run times out). */
export interface CallPageState {
  socket: string
  /** Statuses of the ticket.update messages heard, in order. */
  updates: string[]
  phase: string | null
  /** Epoch ms of the first presented remote video frame (citizen). */
  firstFrameAt: number | null
  error: string | null
  /** The remote picture's tracks and <video> state, for the message of a run that timed out. */
  remote?: string
}

/** The answer of "call next" as the clerk page made it. */
export interface CallNextResult {
  /** Epoch ms just before the request was sent. */
  startedAt: number
  ticketId: string
  callId: string
}

declare global {
  interface Window {
    __benchCall?: {
      state: CallPageState
      watchTicket(ticketId: string, token: string): void
      callNext(csrfToken: string): Promise<CallNextResult>
    }
  }
}

const epochNow = () => performance.timeOrigin + performance.now()
const state: CallPageState = {
  socket: 'connecting',
  updates: [],
  phase: null,
  firstFrameAt: null,
  error: null,
}
const socket = new WsClient()
socket.onState((s) => (state.socket = s))
// Set before the camera is asked for: the ticket may be announced as called more than once meanwhile.
let starting = false

/** Camera and microphone as the app asks for them, the engine, and a <video> for the remote picture. */
async function startCall(role: 'citizen' | 'clerk', callId: string, token?: string): Promise<void> {
  const localStream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true })
  const started = createCallSession({
    role,
    callId,
    token,
    signalling: signallingFromWsClient(socket),
    localStream,
  })
  const video = document.createElement('video')
  video.muted = true
  video.autoplay = true
  video.playsInline = true
  document.body.append(video)
  const describe = () => {
    const remote = video.srcObject as MediaStream | null
    const tracks = remote?.getTracks().map((t) => `${t.kind} ${t.readyState}${t.muted ? ' muted' : ''}`)
    return `tracks [${tracks?.join(', ') ?? ''}], video readyState ${video.readyState}, paused ${video.paused}, ${video.videoWidth}x${video.videoHeight}`
  }
  Object.defineProperty(state, 'remote', { get: describe, enumerable: true, configurable: true })
  started.subscribe(() => {
    const snapshot = started.getSnapshot()
    state.phase = snapshot.phase
    if (snapshot.error) state.error = `${snapshot.error.code}: ${snapshot.error.message}`
    const remote = snapshot.remoteStream
    if (!remote || video.srcObject === remote) return
    video.srcObject = remote
    if (role === 'citizen')
      video.requestVideoFrameCallback(() => {
        state.firstFrameAt ??= epochNow()
      })
    void video.play().catch(() => {})
  })
  started.start()
}

const fail = (error: unknown) => {
  state.error = error instanceof Error ? error.message : String(error)
}

window.__benchCall = {
  state,
  watchTicket(ticketId, token) {
    socket.on('ticket.update', (update) => {
      if (update.ticketId !== ticketId) return
      state.updates.push(update.status)
      if (update.status !== 'called' || !update.callId || starting) return
      starting = true
      startCall('citizen', update.callId, token).catch(fail)
    })
    socket.subscribe(
      `ticket:${ticketId}`,
      { type: 'ticket.watch', ticketId, token },
      { type: 'ticket.unwatch', ticketId },
    )
  },
  async callNext(csrfToken) {
    const startedAt = epochNow()
    const response = await fetch('/api/clerk/call-next', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-onehall-csrf': '1',
        'x-onehall-clerk-csrf': csrfToken,
      },
      body: '{}',
    })
    const body = (await response.json()) as { ticket?: { id: string }; callId?: string }
    if (!response.ok || !body.ticket || !body.callId)
      throw new Error(`call next: HTTP ${response.status} ${JSON.stringify(body).slice(0, 200)}`)
    await startCall('clerk', body.callId)
    return { startedAt, ticketId: body.ticket.id, callId: body.callId }
  },
}
