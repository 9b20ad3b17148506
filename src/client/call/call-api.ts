import type { RatingLevel } from '../../shared/feedback/levels'
import type { TicketStatus } from '../../shared/queue/ticket'
import type { Language } from '../../shared/scene/localized'
import { apiCall } from '../account/api-client'

/** A ticket as its holder sees it (the server's `TicketView`). */
export type CallTicket = {
  id: string
  number: string
  hallId: string
  departmentId: string
  serviceId: string | null
  status: TicketStatus
  counterId: string | null
  counterNumber: string | null
  callId: string | null
}

/** The case a bad rating opens; `dueDate` as the server gives it (a day or epoch ms). */
export type FollowUp = { id: string; status: string; dueDate: string | number }

const ticketHeader = (token: string) => ({ 'X-OneHall-Ticket': token })
const path = (ticketId: string, rest = '') => `/api/tickets/${encodeURIComponent(ticketId)}${rest}`

/** The citizen's side of the call: the ticket, the rating, the follow-up. */
export const callApi = {
  ticket: async (language: Language, ticketId: string, token: string) =>
    (await apiCall<{ ticket: CallTicket }>(path(ticketId), language, { headers: ticketHeader(token) }))
      .ticket,
  rate: (language: Language, ticketId: string, token: string, level: RatingLevel, comment: string) =>
    apiCall<{ rating: unknown; followUp: FollowUp | null }>(path(ticketId, '/rating'), language, {
      method: 'POST',
      headers: ticketHeader(token),
      json: comment.trim() ? { level, comment: comment.trim() } : { level },
    }),
  followUp: async (language: Language, ticketId: string, token: string) =>
    (
      await apiCall<{ followUp: FollowUp | null }>(path(ticketId, '/follow-up'), language, {
        headers: ticketHeader(token),
      })
    ).followUp,
}
