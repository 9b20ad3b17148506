import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type { waitSchema } from '../../shared/protocol'
import {
  estimateWait,
  queuePosition,
  departmentRate,
  queueStandings,
  recentServiceDurations,
  serviceDay,
  type ServiceRate,
  type WaitEstimate,
} from '../../shared/queue'
import type { Database } from '../db/database'
import { clerksOnDutyFor } from './on-duty'
import { MAX_HEAD_START_MS, QUEUE_PRIORITY_RULES } from './priority-rules'
import { recentDoneTickets, waitingOrderKeys, waitingTickets, type QueueTicket } from './ticket-rows'

/** The estimated wait as the API and the WebSocket protocol send it. */
export type Wait = z.infer<typeof waitSchema>

/** Where a waiting ticket stands, in the protocol's terms. */
export type TicketStanding = { position: number; wait: Wait }

/** The shared estimate without its working figures (service time, sample count). */
export function toWait(estimate: WaitEstimate): Wait {
  return estimate.kind === 'no-clerk'
    ? { kind: 'no-clerk' }
    : { kind: 'estimate', waitMs: estimate.waitMs, basis: estimate.basis }
}

/** A department's queue right now: its waiting tickets in call order, and where each stands. */
export type DepartmentStandings = {
  waiting: QueueTicket[]
  standings: Map<string, TicketStanding>
  onDuty: number
  /** The department's service rate, from which every wait above follows (see `waitAt`). */
  rate: ServiceRate
}

/**
 * Positions and estimated waits of every waiting ticket of a department, from the shared
 * `queueStandings` over the waiting tickets and the recent completed services.
 */
export async function departmentStandings(
  db: Kysely<Database>,
  hallId: string,
  departmentId: string,
  now: number = Date.now(),
): Promise<DepartmentStandings> {
  const [waiting, done, onDuty] = await Promise.all([
    waitingTickets(db, hallId, departmentId, now),
    recentDoneTickets(db, hallId, departmentId, now),
    clerksOnDutyFor(db, hallId, departmentId),
  ])
  const pool = [...waiting, ...done]
  const options = { rules: QUEUE_PRIORITY_RULES, clerksOnDuty: () => onDuty }
  const shared = queueStandings(pool, options)
  const standings = new Map<string, TicketStanding>()
  // Positions run 1..n without gaps, so they place each ticket in call order without sorting again.
  const ordered: QueueTicket[] = new Array<QueueTicket>(waiting.length)
  for (const t of waiting) {
    const s = shared.get(t.id)
    if (!s) continue
    standings.set(t.id, { position: s.position, wait: toWait(s.wait) })
    ordered[s.position - 1] = t
  }
  return { waiting: ordered, standings, onDuty, rate: departmentRate(pool, departmentId, options) }
}

/**
 * Where one waiting ticket stands, or null when it is not waiting. Reads only the tickets that can be
 * ahead of it (issued no later than it plus the largest head start), so a watcher joining a queue of
 * thousands does not load all of them.
 */
export async function ticketStanding(
  db: Kysely<Database>,
  ticket: QueueTicket,
  now: number = Date.now(),
): Promise<TicketStanding | null> {
  if (ticket.status !== 'waiting') return null
  // A ticket an earlier day left waiting is in no queue (the stale-ticket sweep closes it).
  const day = serviceDay(now)
  if (ticket.serviceDay !== day) return null
  const [candidates, done, onDuty] = await Promise.all([
    waitingOrderKeys(db, ticket.hallId, ticket.departmentId, ticket.issuedAt + MAX_HEAD_START_MS, day),
    recentDoneTickets(db, ticket.hallId, ticket.departmentId, now),
    clerksOnDutyFor(db, ticket.hallId, ticket.departmentId),
  ])
  const pool = candidates.some((t) => t.id === ticket.id) ? candidates : [...candidates, ticket]
  // One ticket's place is a count, not a sort: cheap for a watcher joining a long queue.
  const position = queuePosition(pool, ticket.id, QUEUE_PRIORITY_RULES)
  if (position === null) return null
  const wait = estimateWait({
    peopleAhead: position - 1,
    clerksOnDuty: onDuty,
    recentServiceMs: recentServiceDurations(done, ticket.departmentId),
  })
  return { position, wait: toWait(wait) }
}

/**
 * What a citizen taking a ticket now (without priority) can expect: clerks on duty and the wait behind
 * everyone already waiting.
 */
export async function departmentAvailability(
  db: Kysely<Database>,
  hallId: string,
  departmentId: string,
  now: number = Date.now(),
): Promise<{ onDuty: number; wait: Wait }> {
  const [waitingCount, done, onDuty] = await Promise.all([
    db
      .selectFrom('tickets')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('hall_id', '=', hallId)
      .where('department_id', '=', departmentId)
      .where('status', '=', 'waiting')
      .where('service_day', '=', serviceDay(now))
      .executeTakeFirstOrThrow(),
    recentDoneTickets(db, hallId, departmentId, now),
    clerksOnDutyFor(db, hallId, departmentId),
  ])
  const wait = estimateWait({
    peopleAhead: Number(waitingCount.count),
    clerksOnDuty: onDuty,
    recentServiceMs: recentServiceDurations(done, departmentId),
  })
  return { onDuty, wait: toWait(wait) }
}
