import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Language } from '../../shared/scene'
import { citizenError } from '../applications/api-errors'
import type { Database } from '../db/database'
import { sessionCitizenId } from '../identity/session'
import { findTicketRow, type TicketRow } from './ticket-rows'
import { TICKET_TOKEN_HEADER, verifyTicketToken } from './ticket-token'

/** The token a request presents in the `X-OneHall-Ticket` header, or null. */
export function presentedTicketToken(request: FastifyRequest): string | null {
  const value = request.headers[TICKET_TOKEN_HEADER]
  return typeof value === 'string' && value.length > 0 ? value : null
}

/**
 * The ticket, when the request comes from its holder: the right token in `X-OneHall-Ticket`, or the
 * signed-in citizen who took it. 404 `ticket_not_found` for an unknown id, 403 `ticket_forbidden`
 * otherwise.
 */
export async function requireTicketHolder(
  db: Kysely<Database>,
  request: FastifyRequest,
  ticketId: string,
  language: Language,
): Promise<TicketRow> {
  const row = await findTicketRow(db, ticketId)
  if (!row) throw citizenError(language, 404, 'ticket_not_found')
  const citizenId = sessionCitizenId(request)
  if (citizenId !== null && row.citizen_id === citizenId) return row
  if (await verifyTicketToken(db, ticketId, presentedTicketToken(request))) return row
  throw citizenError(language, 403, 'ticket_forbidden')
}
