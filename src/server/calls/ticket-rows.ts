import { randomBytes } from 'node:crypto'
import type { Selectable } from 'kysely'
import {
  NO_PRIORITY,
  TICKET_STATUSES,
  type PriorityRule,
  type Ticket,
  type TicketStatus,
} from '../../shared/queue'
import type { LoadedScenes } from '../scenes/load-scenes'
import type { TicketsTable } from '../queue/tables'

export type TicketRow = Selectable<TicketsTable>

/**
 * The priority rules call-next applies. The queue module computes positions with the same rules; keep
 * them one list (see src/server/queue) so the citizen shown "position 1" is the one called next.
 */
export const CALL_RULES: readonly PriorityRule[] = NO_PRIORITY

/** A new server-made id: 16 URL-safe characters (fits the protocol's token shape). */
export function newId(): string {
  return randomBytes(12).toString('base64url')
}

function millis(value: number | string | bigint | null): number | null {
  return value === null ? null : Number(value)
}

function asStatus(value: string): TicketStatus {
  return (TICKET_STATUSES as readonly string[]).includes(value) ? (value as TicketStatus) : 'cancelled'
}

function asFlags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}

/** A ticket row as the shared queue logic reads it (epoch-ms columns through `Number()`). */
export function ticketFromRow(row: TicketRow): Ticket {
  return {
    id: row.id,
    departmentId: row.department_id,
    number: row.number,
    sequence: row.sequence,
    serviceDay: row.service_day,
    issuedAt: Number(row.issued_at),
    status: asStatus(row.status),
    flags: asFlags(row.flags),
    clerkId: row.clerk_id,
    counterId: row.counter_id,
    calledAt: millis(row.called_at),
    startedAt: millis(row.started_at),
    endedAt: millis(row.ended_at),
  }
}

/**
 * A ticket as the clerk sees it, in the shape of the queue module's `TicketView` (a called or served
 * ticket has no position and no wait).
 */
export type ClerkTicketView = {
  id: string
  number: string
  hallId: string
  departmentId: string
  serviceId: string | null
  status: TicketStatus
  position: null
  wait: null
  counterId: string | null
  counterNumber: string | null
  callId: string | null
  issuedAt: number
  flags: string[]
}

/** The clerk's view of a ticket row; the counter's number comes from the hall's scene. */
export function clerkTicketView(
  row: TicketRow,
  scenes: LoadedScenes,
  callId: string | null,
): ClerkTicketView {
  const counter = scenes.halls.get(row.hall_id)?.counters.find((c) => c.id === row.counter_id)
  return {
    id: row.id,
    number: row.number,
    hallId: row.hall_id,
    departmentId: row.department_id,
    serviceId: row.service_id,
    status: asStatus(row.status),
    position: null,
    wait: null,
    counterId: row.counter_id,
    counterNumber: counter?.number ?? null,
    callId,
    issuedAt: Number(row.issued_at),
    flags: asFlags(row.flags),
  }
}
