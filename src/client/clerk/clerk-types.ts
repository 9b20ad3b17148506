import type { TicketStatus } from '../../shared/queue/ticket'
import type { QueueUpdate, Wait } from './protocol-types'

/** A clerk's working state. `busy` and `wrap-up` are set by the server around a call. */
export const CLERK_STATES = ['available', 'busy', 'wrap-up', 'away'] as const
export type ClerkState = (typeof CLERK_STATES)[number]

/** The states a clerk may choose; the others are the server's. */
export const CHOOSABLE_STATES = ['available', 'away'] as const satisfies readonly ClerkState[]
export type ChoosableState = (typeof CHOOSABLE_STATES)[number]

/** The signed-in clerk as `/api/clerk/login` and `/api/clerk/me` return it. */
export type ClerkPrincipal = {
  id: string
  username: string
  displayName: { zh: string; en: string }
  hallId: string
  departments: string[]
  counterId: string | null
  isSupervisor: boolean
  state: ClerkState
}

/** A ticket as the server shows it (queue engineer's `TicketView`). */
export type TicketView = {
  id: string
  number: string
  hallId: string
  departmentId: string
  serviceId: string | null
  status: TicketStatus
  position: number | null
  wait: Wait | null
  counterId: string | null
  counterNumber: string | null
  callId: string | null
  issuedAt: number
}

export type WaitingTicket = QueueUpdate['waiting'][number]

/** A callback request left when nobody was on duty. */
export type CallbackRequest = {
  id: string
  departmentId: string
  serviceId?: string | null
  name: string
  phone: string
  preferredDay: string
  preferredPart: 'morning' | 'afternoon'
}

/** A booked appointment slot. */
export type Appointment = {
  id: string
  departmentId: string
  serviceId?: string | null
  slotStart: number | string
  name: string
  phone: string
}

/** `GET /api/clerk/queue`: the first paint of the queue, and the fallback when the socket is down. */
export type ClerkQueueResponse = {
  departments: { departmentId: string; waiting: WaitingTicket[] }[]
  callbacks: CallbackRequest[]
  appointments: Appointment[]
}

/** `POST /api/clerk/call-next`. */
export type CallNextResponse = { ticket: TicketView; callId: string; clerk?: ClerkPrincipal }

/** `GET /api/clerk/current`: the clerk's open call (not yet wrapped up), or null. */
export type CurrentCallResponse = {
  call: {
    callId: string
    ticket: TicketView
    /** When the call was opened (call next), epoch ms. */
    startedAt: number
    phase: 'called' | 'serving' | 'wrap-up'
  } | null
}

/** `GET /api/clerk/tickets/:id/context`. */
export type TicketContext = {
  ticket: TicketView
  service: { id: string; name?: { zh: string; en: string } } | null
  draft?: { answers: Record<string, unknown>; pageId: string | null } | null
  application?: { reference: string; answers: Record<string, unknown>; status: string } | null
}

/** The outcomes of a wrap-up, in the order the form offers them. */
export const WRAP_UP_OUTCOMES = ['accepted', 'more-documents', 'rejected', 'advice-only'] as const
export type WrapUpOutcome = (typeof WRAP_UP_OUTCOMES)[number]

/** A follow-up case opened by a dissatisfied rating (supervisors only), soonest due first. */
export type FollowUp = {
  id: string
  ticketId: string
  ticketNumber: string
  departmentId: string
  /** The rating, 1 (very dissatisfied) to 5. */
  level: number
  comment: string | null
  status: string
  /** `yyyy-mm-dd`, 15 working days after the rating. */
  dueDate: string
  notes?: string | null
}
