import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type { boardUpdateMessage, queueUpdateMessage } from '../../shared/protocol'
import { departmentQueue, serviceDay } from '../../shared/queue'
import type { Database } from '../db/database'
import type { LoadedScenes } from '../scenes/load-scenes'
import { QUEUE_PRIORITY_RULES } from './priority-rules'
import { waitingTickets, type QueueTicket } from './ticket-rows'

/** The protocol's `board.update` message. */
export type BoardUpdate = z.infer<typeof boardUpdateMessage>
/** The protocol's `queue.update` message. */
export type QueueUpdate = z.infer<typeof queueUpdateMessage>

/** How many called numbers a board shows (the protocol allows up to 50). */
export const BOARD_CALLED_LINES = 12

/**
 * A hall's queue board: today's numbers called to a counter and still there (called or being served),
 * newest first, and how many wait in each of the hall's departments (every department listed, in the
 * hall's order, 0 included). An unknown hall gives an empty board.
 * @param now epoch ms; picks the service day
 */
export async function readBoard(
  db: Kysely<Database>,
  scenes: LoadedScenes,
  hallId: string,
  now: number = Date.now(),
): Promise<BoardUpdate> {
  const hall = scenes.halls.get(hallId)
  const empty: BoardUpdate = { type: 'board.update', hallId, departmentId: null, called: [], waiting: [] }
  if (!hall) return empty
  const [calledRows, counts] = await Promise.all([
    db
      .selectFrom('tickets')
      .select(['number', 'department_id', 'counter_id', 'called_at'])
      .where('hall_id', '=', hallId)
      .where('service_day', '=', serviceDay(now))
      .where('status', 'in', ['called', 'serving'])
      .where('counter_id', 'is not', null)
      .where('called_at', 'is not', null)
      .orderBy('called_at', 'desc')
      .orderBy('id')
      .limit(BOARD_CALLED_LINES)
      .execute(),
    db
      .selectFrom('tickets')
      .select(['department_id', (eb) => eb.fn.countAll<number | string>().as('count')])
      .where('hall_id', '=', hallId)
      .where('service_day', '=', serviceDay(now))
      .where('status', '=', 'waiting')
      .groupBy('department_id')
      .execute(),
  ])
  const counters = new Map(hall.counters.map((c) => [c.id, c.number]))
  const waitingBy = new Map(counts.map((c) => [c.department_id, Number(c.count)]))
  return {
    ...empty,
    called: calledRows.flatMap((row) => {
      const number = row.counter_id === null ? undefined : counters.get(row.counter_id)
      if (number === undefined || row.counter_id === null || row.called_at === null) return []
      return [
        {
          number: row.number,
          departmentId: row.department_id,
          counterId: row.counter_id,
          counterNumber: number,
          calledAt: Number(row.called_at),
        },
      ]
    }),
    waiting: hall.departments.map((d) => ({ departmentId: d.id, count: waitingBy.get(d.id) ?? 0 })),
  }
}

/**
 * How many waiting tickets a `queue.update` lists: the head of the queue, which is what a clerk acts on.
 * A WebSocket message is at most 64 KiB (`MAX_MESSAGE_BYTES`); a few thousand lines would not fit.
 */
export const QUEUE_UPDATE_LINES = 200

/**
 * The `queue.update` message for a department's waiting tickets, given in call order: the first
 * `QUEUE_UPDATE_LINES` of them (the board's counts say how many wait in all).
 */
export function queueUpdateFrom(
  hallId: string,
  departmentId: string,
  ordered: readonly QueueTicket[],
): QueueUpdate {
  return {
    type: 'queue.update',
    hallId,
    departmentId,
    waiting: ordered.slice(0, QUEUE_UPDATE_LINES).map((t, index) => ({
      ticketId: t.id,
      number: t.number,
      issuedAt: t.issuedAt,
      position: index + 1,
      flags: [...(t.flags ?? [])],
    })),
  }
}

/** A department's waiting tickets of today in call order, for the clerks' live queue. */
export async function readDepartmentQueue(
  db: Kysely<Database>,
  hallId: string,
  departmentId: string,
  now: number = Date.now(),
): Promise<QueueUpdate> {
  const waiting = await waitingTickets(db, hallId, departmentId, now)
  return queueUpdateFrom(hallId, departmentId, departmentQueue(waiting, departmentId, QUEUE_PRIORITY_RULES))
}
