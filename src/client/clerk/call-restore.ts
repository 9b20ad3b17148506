import type { CurrentCallResponse } from './clerk-types'
import type { ConnectionState } from './call-engine-port'

/** An open call the server still has for this clerk (`GET /api/clerk/current`). */
export type OpenCall = NonNullable<CurrentCallResponse['call']>

/** What the call store needs to show an open call again. */
export type RestoredCall = {
  phase: OpenCall['phase']
  ticket: OpenCall['ticket']
  callId: string
  connection: ConnectionState
}

/**
 * The call store's fields for a call the console lost (page reload, crashed browser) but the server
 * still has open: the same ticket and call, in the phase the server says. A call that already ended
 * is only waiting for its wrap-up, so its connection is over; otherwise the console is about to
 * rejoin it.
 */
export function restoredCall(call: OpenCall): RestoredCall {
  return {
    phase: call.phase,
    ticket: call.ticket,
    callId: call.callId,
    connection: call.phase === 'wrap-up' ? 'ended' : 'idle',
  }
}

/** Whether the console must (re)join the call's signalling and media for this phase. */
export function rejoinsSignalling(phase: RestoredCall['phase']): boolean {
  return phase === 'called' || phase === 'serving'
}
