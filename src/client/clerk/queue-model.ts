import type { Appointment, CallbackRequest, ClerkQueueResponse, WaitingTicket } from './clerk-types'
import type { QueueUpdate } from './protocol-types'

/** What the console knows of the clerk's queues. */
export type QueueModel = {
  /** Waiting tickets per department, in call order. */
  waiting: Readonly<Record<string, readonly WaitingTicket[]>>
  callbacks: readonly CallbackRequest[]
  appointments: readonly Appointment[]
}

export const EMPTY_QUEUE: QueueModel = { waiting: {}, callbacks: [], appointments: [] }

const byPosition = (a: WaitingTicket, b: WaitingTicket) => a.position - b.position

/** The model from `GET /api/clerk/queue`, keeping only the clerk's own departments. */
export function queueFromResponse(response: ClerkQueueResponse, departments: readonly string[]): QueueModel {
  const mine = new Set(departments)
  const waiting: Record<string, WaitingTicket[]> = {}
  for (const department of response.departments)
    if (mine.has(department.departmentId))
      waiting[department.departmentId] = [...department.waiting].sort(byPosition)
  return {
    waiting,
    callbacks: response.callbacks.filter((c) => mine.has(c.departmentId)),
    appointments: response.appointments.filter((a) => mine.has(a.departmentId)),
  }
}

/**
 * Applies a live `queue.update`: it replaces that department's whole list (the server sends the full
 * list, so a lost update is healed by the next one). Updates for other halls or departments are ignored.
 */
export function applyQueueUpdate(
  model: QueueModel,
  update: QueueUpdate,
  hallId: string,
  departments: readonly string[],
): QueueModel {
  if (update.hallId !== hallId || !departments.includes(update.departmentId)) return model
  return {
    ...model,
    waiting: { ...model.waiting, [update.departmentId]: [...update.waiting].sort(byPosition) },
  }
}

/** One ticket row as the queue table shows it. */
export type QueueRow = { ticketId: string; number: string; waitedMinutes: number; flags: readonly string[] }
/** One department's part of the queue table. */
export type QueueSection = { departmentId: string; count: number; rows: QueueRow[] }

/**
 * The queue table: one section per department of the clerk, in the clerk's order, the tickets in call
 * order with how long each has waited (whole minutes, never negative when clocks disagree).
 * @param limit at most this many rows per department (the count still says how many wait)
 */
export function queueSections(
  model: QueueModel,
  departments: readonly string[],
  now: number,
  limit = 50,
): QueueSection[] {
  return departments.map((departmentId) => {
    const tickets = model.waiting[departmentId] ?? []
    return {
      departmentId,
      count: tickets.length,
      rows: tickets.slice(0, limit).map((ticket) => ({
        ticketId: ticket.ticketId,
        number: ticket.number,
        waitedMinutes: Math.max(0, Math.floor((now - ticket.issuedAt) / 60_000)),
        flags: ticket.flags,
      })),
    }
  })
}

/** How many wait in all the clerk's departments (0 disables "Call next" hints, not the button). */
export function totalWaiting(model: QueueModel): number {
  return Object.values(model.waiting).reduce((sum, list) => sum + list.length, 0)
}
