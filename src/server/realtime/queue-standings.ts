import type { ServerMessage } from '../../shared/protocol'
import { waitAt, type ServiceRate } from '../../shared/queue'
import type { ServerMessageOf } from './hub/types'

type TicketUpdate = ServerMessageOf<'ticket.update'>

/**
 * Where every ticket of one department stands, published once per recompute on the department's
 * standings topic instead of one `ticket.update` per ticket: with 5,000 waiting, one bus message
 * rather than 5,000 (and one Redis PUBLISH per node-wide change, not 5,000, once the bus is Redis).
 * Each hub socket watching a ticket of the department picks its own ticket's entry and sends the
 * holder the usual `ticket.update`, so clients see no difference. Never sent to a client as is.
 *
 * Compact on purpose (about 30 bytes a waiting ticket): positions are the list order, and every wait
 * follows from the department's one service rate (`waitAt`), exactly as `queueStandings` computes it.
 */
export type QueueStandingsMessage = {
  type: 'queue.standings'
  hallId: string
  departmentId: string
  /** The waiting tickets in call order, as [ticket id, number]: position = index + 1. */
  waiting: [string, string][]
  /** The department's service rate; a waiting ticket's wait is `waitAt(rate, position - 1)`. */
  rate: ServiceRate
  /** Tickets called to a counter right now, as their holders see them (one per clerk at most). */
  called: TicketUpdate[]
}

/** What travels on the bus the hub reads: the protocol's server messages and the standings. */
export type HubBusMessage = ServerMessage | QueueStandingsMessage

/** Ticket id -> index in `waiting`, or the called ticket's update; built once per message per node. */
type StandingsIndex = Map<string, number | TicketUpdate>

// Keyed by the delivered message, which every subscriber on this node shares (the bus hands them one
// frozen copy): the first socket builds the index, the other 4,999 look their ticket up in O(1).
const indexes = new WeakMap<QueueStandingsMessage, StandingsIndex>()

function indexOf(message: QueueStandingsMessage): StandingsIndex {
  let index = indexes.get(message)
  if (!index) {
    index = new Map()
    message.waiting.forEach(([id], i) => index?.set(id, i))
    for (const update of message.called) index.set(update.ticketId, update)
    indexes.set(message, index)
  }
  return index
}

/**
 * The `ticket.update` a ticket's holder gets from a standings message, built as `ticketUpdate` builds
 * it from a view; null when the ticket is neither waiting nor called in it (cancelled, served, gone).
 */
export function ticketUpdateFromStandings(
  message: QueueStandingsMessage,
  ticketId: string,
): TicketUpdate | null {
  const found = indexOf(message).get(ticketId)
  if (found === undefined) return null
  if (typeof found !== 'number') return found
  const entry = message.waiting[found]
  if (!entry) return null
  const wait = waitAt(message.rate, found)
  return {
    type: 'ticket.update',
    ticketId,
    number: entry[1],
    departmentId: message.departmentId,
    status: 'waiting',
    position: found + 1,
    wait: wait.kind === 'no-clerk' ? wait : { kind: 'estimate', waitMs: wait.waitMs, basis: wait.basis },
    counterNumber: null,
    callId: null,
    counterId: null,
  }
}
