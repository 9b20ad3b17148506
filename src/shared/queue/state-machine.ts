import { isFinal, type Ticket, type TicketStatus } from './ticket'

/**
 * What can happen to a ticket:
 * - `call`: a clerk calls it to a counter (waiting -> called)
 * - `start`: the citizen arrives or answers the video call (called -> serving)
 * - `finish`: the service ends (serving -> done)
 * - `no-show`: the citizen did not come (called -> no-show)
 * - `cancel`: the citizen gives the ticket up (waiting | called -> cancelled)
 * - `requeue`: the clerk hands a called ticket back, keeping its place (called -> waiting)
 */
export type TicketEvent =
  | { type: 'call'; clerkId: string; counterId: string }
  | { type: 'start' }
  | { type: 'finish' }
  | { type: 'no-show' }
  | { type: 'cancel' }
  | { type: 'requeue' }

export type TicketEventType = TicketEvent['type']

/** The allowed moves, as data: for each event, the statuses it may start from and where it leads. */
export const TICKET_TRANSITIONS = {
  call: { from: ['waiting'], to: 'called' },
  start: { from: ['called'], to: 'serving' },
  finish: { from: ['serving'], to: 'done' },
  'no-show': { from: ['called'], to: 'no-show' },
  cancel: { from: ['waiting', 'called'], to: 'cancelled' },
  requeue: { from: ['called'], to: 'waiting' },
} as const satisfies Record<TicketEventType, { from: readonly TicketStatus[]; to: TicketStatus }>

/** Why a move was refused: `final` when the ticket has already ended, `illegal` otherwise. */
export type TransitionError = { code: 'final' | 'illegal'; message: string }

export type TransitionResult<T> = { ok: true; value: T } | { ok: false; error: TransitionError }

/** Where `event` takes a ticket in `status`, or why it cannot happen. */
export function nextStatus(status: TicketStatus, event: TicketEventType): TransitionResult<TicketStatus> {
  const rule = TICKET_TRANSITIONS[event]
  if ((rule.from as readonly TicketStatus[]).includes(status)) return { ok: true, value: rule.to }
  if (isFinal(status))
    return {
      ok: false,
      error: { code: 'final', message: `The ticket is already ${status}; it cannot ${event} any more.` },
    }
  return {
    ok: false,
    error: {
      code: 'illegal',
      message: `A ${status} ticket cannot ${event}; only a ${rule.from.join(' or ')} ticket can.`,
    },
  }
}

/**
 * Applies an event to a ticket and returns the updated copy (the input is not changed), stamping the
 * moment: `calledAt` and the clerk and counter on `call`, `startedAt` on `start`, `endedAt` on the ends.
 * `requeue` clears the call so the ticket waits again at its original place (its `issuedAt` is kept).
 * @param at epoch milliseconds
 */
export function applyTicketEvent<T extends Ticket>(
  ticket: T,
  event: TicketEvent,
  at: number,
): TransitionResult<T> {
  const moved = nextStatus(ticket.status, event.type)
  if (!moved.ok) return moved
  const next: T = { ...ticket, status: moved.value }
  switch (event.type) {
    case 'call':
      next.clerkId = event.clerkId
      next.counterId = event.counterId
      next.calledAt = at
      break
    case 'start':
      next.startedAt = at
      break
    case 'requeue':
      next.clerkId = null
      next.counterId = null
      next.calledAt = null
      break
    default:
      next.endedAt = at
  }
  return { ok: true, value: next }
}
