import type { z } from 'zod'
import type { waitSchema } from '../protocol/server-messages'
import type { TicketStatus } from './ticket'

/**
 * A ticket as its holder and its clerk see it: what `POST /api/tickets`, `GET /api/tickets/:id` and the
 * clerk API answer. One definition for the server that builds it and the pages that read it.
 */
export type TicketView = {
  id: string
  number: string
  hallId: string
  departmentId: string
  serviceId: string | null
  status: TicketStatus
  /** 1 = next; null once the ticket is no longer waiting. */
  position: number | null
  wait: z.infer<typeof waitSchema> | null
  /** The counter it is (or was) called to. */
  counterId: string | null
  /** That counter's number as signed in the hall, like "05". */
  counterNumber: string | null
  /** The video call the clerk opened when calling it. */
  callId: string | null
  issuedAt: number
}
