import { SRGBColorSpace, VideoTexture } from 'three'
import { create } from 'zustand'
import { createCallSession, type CallSession } from '../call/call-session'
import { checkDevices } from '../call/devices'
import { signallingFromWsClient } from '../call/ws-signalling'
import type { HeldTicket } from '../queue/ticket-store'
import { sharedWsClient } from '../realtime/shared-client'
import { counterCallLive } from './counter-call-live'

/** A playing `<video>` and the texture that draws it in 3D. */
export type VideoFeed = { element: HTMLVideoElement; texture: VideoTexture }

export type CounterCallState = {
  ticketId: string | null
  counterId: string | null
  session: CallSession | null
  /** The clerk's picture (fed by the call's remote stream) and our own, for the screens and panels. */
  remote: VideoFeed | null
  local: VideoFeed | null
  /** The device check found no camera or microphone (the call still runs, with what there is). */
  mode: 'video' | 'audio' | 'chat' | null
  microphoneOn: boolean
  cameraOn: boolean
  actions: {
    /** Opens camera and microphone and joins the ticket's call as the citizen (no-op when already in it). */
    join: (held: HeldTicket) => Promise<void>
    toggleMicrophone: () => void
    toggleCamera: () => void
    hangUp: () => void
    /** Stops everything here without telling the server (the ticket is over, or the page leaves). */
    leave: () => void
  }
}

/**
 * A hidden, muted-or-not video element playing a stream. Kept in the DOM (1 px, off-screen): Chromium
 * presents frames of a detached element lazily, and plays a remote stream's audio only when an element
 * consumes it.
 */
function makeFeed(muted: boolean): VideoFeed {
  const element = document.createElement('video')
  element.muted = muted
  element.playsInline = true
  element.autoplay = true
  element.setAttribute('aria-hidden', 'true')
  element.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;pointer-events:none'
  document.body.append(element)
  const texture = new VideoTexture(element)
  texture.colorSpace = SRGBColorSpace
  return { element, texture }
}

function dropFeed(feed: VideoFeed | null) {
  if (!feed) return
  feed.texture.dispose()
  feed.element.srcObject = null
  feed.element.remove()
}

function play(feed: VideoFeed, stream: MediaStream | null) {
  if (feed.element.srcObject === stream) return
  feed.element.srcObject = stream
  if (stream) void feed.element.play().catch(() => undefined) // autoplay refused: the buttons still work
}

/** Counts presented frames of the clerk's video for automation (plain object, not React state). */
function countFrames(element: HTMLVideoElement, alive: () => boolean) {
  if (typeof element.requestVideoFrameCallback !== 'function') return
  const tick = () => {
    if (!alive()) return
    counterCallLive.frames++
    counterCallLive.currentTime = element.currentTime
    element.requestVideoFrameCallback(tick)
  }
  element.requestVideoFrameCallback(tick)
}

/**
 * The citizen's video call at the counter, in the 3D hall and in VR: the same call engine as the /call
 * page (`createCallSession`, role citizen) over the page's shared WebSocket, with the pictures as video
 * textures. Loaded only once a ticket is called.
 */
export const useCounterCallStore = create<CounterCallState>()((set, get) => {
  let unsubscribe: (() => void) | null = null
  let generation = 0

  const reset = () => {
    unsubscribe?.()
    unsubscribe = null
    const { session, remote, local } = get()
    session?.dispose()
    const camera = local?.element.srcObject
    if (camera instanceof MediaStream) camera.getTracks().forEach((track) => track.stop())
    dropFeed(remote)
    dropFeed(local)
    Object.assign(counterCallLive, {
      ticketId: null,
      counterId: null,
      phase: null,
      frames: 0,
      currentTime: 0,
      shownOn: null,
      textureBound: false,
      screenRect: null,
    })
    set({ ticketId: null, counterId: null, session: null, remote: null, local: null, mode: null })
  }

  return {
    ticketId: null,
    counterId: null,
    session: null,
    remote: null,
    local: null,
    mode: null,
    microphoneOn: true,
    cameraOn: true,
    actions: {
      join: async ({ key, ticket }) => {
        if (!ticket.callId || get().ticketId === ticket.id) return
        reset()
        const mine = ++generation
        set({ ticketId: ticket.id, counterId: ticket.counterId })
        Object.assign(counterCallLive, { ticketId: ticket.id, counterId: ticket.counterId })
        const devices = await checkDevices(navigator.mediaDevices)
        if (mine !== generation) {
          devices.stream?.getTracks().forEach((track) => track.stop())
          return
        }
        const remote = makeFeed(false)
        const local = makeFeed(true)
        play(local, devices.stream)
        countFrames(remote.element, () => mine === generation)
        const session = createCallSession({
          role: 'citizen',
          callId: ticket.callId,
          token: key.token,
          signalling: signallingFromWsClient(sharedWsClient()),
          localStream: devices.stream,
        })
        unsubscribe = session.subscribe(() => {
          const snapshot = session.getSnapshot()
          counterCallLive.phase = snapshot.phase
          play(remote, snapshot.remoteStream)
        })
        set({ session, remote, local, mode: devices.mode, microphoneOn: true, cameraOn: true })
        session.start()
      },
      toggleMicrophone: () => {
        const on = !get().microphoneOn
        get().session?.setMicrophoneEnabled(on)
        set({ microphoneOn: on })
      },
      toggleCamera: () => {
        const on = !get().cameraOn
        get().session?.setCameraEnabled(on)
        set({ cameraOn: on })
      },
      hangUp: () => {
        get().session?.hangUp()
        counterCallLive.phase = 'ended'
      },
      leave: () => {
        generation++
        reset()
      },
    },
  }
})
