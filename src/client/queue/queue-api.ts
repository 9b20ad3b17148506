import type { TicketView } from '../../shared/queue/ticket-view'
import type { z } from 'zod'
import type { boardUpdateMessage, waitSchema } from '../../shared/protocol'
import type { Language } from '../../shared/scene/localized'
import { apiCall } from '../account/api-client'

/** An estimated wait, or `no-clerk` (protocol `waitSchema`). */
export type Wait = z.infer<typeof waitSchema>

/** A queue board's content (protocol `board.update`, also the answer of GET /api/halls/:id/board). */
export type BoardUpdate = z.infer<typeof boardUpdateMessage>

export type { TicketView }

/** What a citizen asks for when taking a ticket. */
export type TakeTicketRequest = {
  hallId: string
  departmentId: string
  serviceId?: string
  counterId?: string
}

/** A callback request: the department phones the citizen back on the preferred half-day. */
export type CallbackRequest = {
  hallId: string
  departmentId: string
  serviceId?: string
  name: string
  phone: string
  /** yyyy-mm-dd */
  preferredDay: string
  preferredPart: 'morning' | 'afternoon'
}

/** A bookable half hour: its start (ISO or epoch ms as the server sends it) and whether it is free. */
export type AppointmentSlot = { start: string | number; available: boolean }

export type AppointmentRequest = {
  hallId: string
  departmentId: string
  serviceId?: string
  slotStart: string | number
  name: string
  phone: string
}

const enc = encodeURIComponent
const ticketHeader = (token: string) => ({ 'X-OneHall-Ticket': token })

/**
 * The citizen's side of the queue API. Every call sends `X-OneHall-CSRF: 1`
 * (apiCall does) and the visitor's language; ticket calls prove the holder with `X-OneHall-Ticket`.
 * Failures reject with the account ApiError (status, code, field errors).
 */
export const queueApi = {
  /** `heldToken`: the token of a ticket already held, so the server hands that ticket back. */
  takeTicket: (lang: Language, request: TakeTicketRequest, heldToken?: string) =>
    apiCall<{ ticket: TicketView; token: string }>('/api/tickets', lang, {
      method: 'POST',
      json: request,
      ...(heldToken ? { headers: ticketHeader(heldToken) } : {}),
    }),
  ticket: (lang: Language, ticketId: string, token: string) =>
    apiCall<{ ticket: TicketView }>(`/api/tickets/${enc(ticketId)}`, lang, {
      headers: ticketHeader(token),
    }).then((r) => r.ticket),
  cancel: (lang: Language, ticketId: string, token: string) =>
    apiCall<{ ticket: TicketView }>(`/api/tickets/${enc(ticketId)}/cancel`, lang, {
      method: 'POST',
      json: {},
      headers: ticketHeader(token),
    }).then((r) => r.ticket),
  board: (lang: Language, hallId: string) => apiCall<BoardUpdate>(`/api/halls/${enc(hallId)}/board`, lang),
  requestCallback: (lang: Language, request: CallbackRequest) =>
    apiCall<{ callback: { id: string } }>('/api/callbacks', lang, { method: 'POST', json: request }).then(
      (r) => r.callback,
    ),
  slots: (lang: Language, hallId: string, departmentId: string, from: string) =>
    apiCall<{ slots: AppointmentSlot[] }>(
      `/api/appointments/slots?hallId=${enc(hallId)}&departmentId=${enc(departmentId)}&from=${enc(from)}`,
      lang,
    ).then((r) => r.slots),
  book: (lang: Language, request: AppointmentRequest) =>
    apiCall<{ appointment: { id: string } }>('/api/appointments', lang, { method: 'POST', json: request }),
}

/** The API as the stores use it, so tests can hand in a fake. */
export type QueueApi = typeof queueApi
