import type { TicketView } from '../../shared/queue/ticket-view'
import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type { ticketUpdateMessage } from '../../shared/protocol'
import type { Database } from '../db/database'
import type { LoadedScenes } from '../scenes/load-scenes'
import { ticketStanding, type TicketStanding } from './standings'
import { findTicketRow, ticketFromRow, type QueueTicket } from './ticket-rows'

export type { TicketView }

/** The protocol's `ticket.update` message. */
export type TicketUpdate = z.infer<typeof ticketUpdateMessage>

/** The number on the sign of a hall's counter, or null when the hall or counter is unknown. */
export function counterNumber(scenes: LoadedScenes, hallId: string, counterId: string | null): string | null {
  if (counterId === null) return null
  return scenes.halls.get(hallId)?.counters.find((c) => c.id === counterId)?.number ?? null
}

/** Puts a ticket, where it stands (when waiting) and its call together as the holder's view. */
export function buildTicketView(
  scenes: LoadedScenes,
  ticket: QueueTicket,
  standing: TicketStanding | null,
  callId: string | null,
): TicketView {
  const waiting = ticket.status === 'waiting'
  const counterId = waiting ? null : (ticket.counterId ?? null)
  return {
    id: ticket.id,
    number: ticket.number,
    hallId: ticket.hallId,
    departmentId: ticket.departmentId,
    serviceId: ticket.serviceId,
    status: ticket.status,
    position: waiting ? (standing?.position ?? null) : null,
    wait: waiting ? (standing?.wait ?? null) : null,
    counterId,
    counterNumber: counterNumber(scenes, ticket.hallId, counterId),
    callId: waiting ? null : callId,
    issuedAt: ticket.issuedAt,
  }
}

/** The `ticket.update` message for a view. */
export function ticketUpdate(view: TicketView): TicketUpdate {
  return {
    type: 'ticket.update',
    ticketId: view.id,
    number: view.number,
    departmentId: view.departmentId,
    status: view.status,
    position: view.position,
    wait: view.wait,
    counterNumber: view.counterNumber,
    callId: view.callId,
    counterId: view.counterId,
  }
}

/** The call opened for a ticket, if any. */
export async function callIdOf(db: Kysely<Database>, ticketId: string): Promise<string | null> {
  const row = await db.selectFrom('calls').select('id').where('ticket_id', '=', ticketId).executeTakeFirst()
  return row?.id ?? null
}

/**
 * A ticket as its holder sees it, read fresh from the database: position and estimated wait while
 * waiting, the counter and call once called. Null for an unknown id. Callers check the holder first
 * (`verifyTicketToken` or the signed-in owner).
 * @param now epoch ms; completed services older than two weeks before it no longer count towards the wait
 */
export async function readTicketView(
  db: Kysely<Database>,
  scenes: LoadedScenes,
  ticketId: string,
  now: number = Date.now(),
): Promise<TicketView | null> {
  const row = await findTicketRow(db, ticketId)
  if (!row) return null
  const ticket = ticketFromRow(row)
  const [standing, callId] = await Promise.all([
    ticketStanding(db, ticket, now),
    ticket.status === 'waiting' ? null : callIdOf(db, ticket.id),
  ])
  return buildTicketView(scenes, ticket, standing, callId)
}
