import type { CallPhase } from '../call/call-session'
import type { HeldTicket } from '../queue/ticket-store'

/** The held ticket whose video call runs at a counter: called or being served, with a call and a counter. */
export function activeCallTicket(tickets: Readonly<Record<string, HeldTicket>>): HeldTicket | null {
  const live = Object.values(tickets).filter(
    (t) =>
      (t.ticket.status === 'called' || t.ticket.status === 'serving') &&
      t.ticket.callId !== null &&
      t.ticket.counterId !== null,
  )
  // Two departments could call at once; the latest call is the one the citizen is walking to.
  live.sort((a, b) => b.ticket.issuedAt - a.ticket.issuedAt)
  return live[0] ?? null
}

/** Where the counter's call stands, as the hall and the VR panel show it. */
export type CounterCallView = {
  /** Status line key (see counter-call-text.ts). */
  status: 'join' | 'joining' | 'waiting' | 'connecting' | 'connected' | 'reconnecting' | 'ended' | 'refused'
  /** The clerk's picture belongs on the screen (the remote stream is there and the call is live). */
  showVideo: boolean
  /** "Join video call" is offered (no call running yet). */
  canJoin: boolean
  /** Mute / camera / hang up are offered. */
  controls: boolean
  /** The button labels follow the current toggles. */
  microphoneOn: boolean
  cameraOn: boolean
}

/** The input of {@link counterCallView}: the call engine's phase (null before joining) and the toggles. */
export type CounterCallInput = {
  phase: CallPhase | null
  hasRemoteVideo: boolean
  microphoneOn: boolean
  cameraOn: boolean
}

const STATUS: Record<CallPhase, CounterCallView['status']> = {
  joining: 'joining',
  'waiting-peer': 'waiting',
  connecting: 'connecting',
  connected: 'connected',
  reconnecting: 'reconnecting',
  ended: 'ended',
  refused: 'refused',
}

/** What the counter's call panel shows for a call state. Pure. */
export function counterCallView(input: CounterCallInput): CounterCallView {
  const { phase, hasRemoteVideo, microphoneOn, cameraOn } = input
  if (phase === null)
    return { status: 'join', showVideo: false, canJoin: true, controls: false, microphoneOn, cameraOn }
  const over = phase === 'ended' || phase === 'refused'
  return {
    status: STATUS[phase],
    // While reconnecting the last picture stays: the call resumes by itself.
    showVideo: hasRemoteVideo && (phase === 'connected' || phase === 'reconnecting'),
    canJoin: false,
    controls: !over,
    microphoneOn,
    cameraOn,
  }
}
