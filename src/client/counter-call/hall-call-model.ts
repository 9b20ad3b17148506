import type { HeldTicket } from '../queue/ticket-store'

/** What decides which ticket's call the desktop hall shows. */
export type HallCallInput = {
  /** The ticket whose call UI is open now, or null. */
  current: string | null
  /** The held ticket being called to a counter with a call open (see `activeCallTicket`). */
  active: HeldTicket | null
  /** Tickets whose call UI the citizen closed: not opened again by themselves. */
  closed: ReadonlySet<string>
  /** A VR session runs: the VR panel takes the call over there, the desktop does not start one. */
  presenting: boolean
}

/**
 * The ticket whose video call the desktop hall shows (it joins the call when it opens one). Once open,
 * the call stays shown after it ends, for the rating, until the citizen closes it. Pure.
 */
export function hallCallTicketId({ current, active, closed, presenting }: HallCallInput): string | null {
  if (current !== null) return current
  if (!active || presenting || closed.has(active.ticket.id)) return null
  return active.ticket.id
}
