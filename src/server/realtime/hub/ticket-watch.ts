import { FINAL_STATUSES } from '../../../shared/queue'
import { topics } from '../bus'
import { ticketUpdateFromStandings } from '../queue-standings'
import type { Connection } from './connection'
import type { ServerMessageOf } from './types'

type TicketUpdate = ServerMessageOf<'ticket.update'>

/** The subscription keys of one ticket watch: its own topic and its department's standings. */
export const ticketWatchKeys = (ticketId: string) => [`ticket:${ticketId}`, `standings-of:${ticketId}`]

/**
 * `ticket.watch`: once the watcher proves it holds the ticket, it gets the ticket's view now and then
 * every change. Changes come from two topics: the ticket's own (called, cancelled, served: exact, one
 * ticket) and its department's standings (a new position or wait after any change in the queue: one
 * message for the whole department, from which this socket picks its ticket; see
 * `QueueStandingsMessage`). An update equal to the last one sent is not sent again, so a ticket taken
 * at the back of a queue of thousands moves nobody else's phone.
 *
 * Both topics are subscribed before the view is read, and what arrives meanwhile is held and sent after
 * it, so no change falls between the read and the subscriptions and the client never ends on older
 * state. Once the ticket's own topic says it ended, standings (possibly read before the end) are ignored.
 */
export async function watchTicket(
  connection: Connection,
  ticketId: string,
  token: string | undefined,
): Promise<void> {
  const { deps, identity } = connection
  const allowed = token
    ? await deps.verifyTicketToken(ticketId, token)
    : identity.citizenId !== null && (await deps.ticketOwnedBy(ticketId, identity.citizenId))
  const queue = allowed ? await deps.ticketQueue(ticketId) : null
  if (!queue) {
    // The same answer for a missing ticket and a wrong token: ticket ids must not be probed.
    connection.error(token ? 'forbidden' : 'unauthorized', `Ticket ${ticketId}: not yours to watch.`)
    return
  }
  const [ownKey, standingsKey] = ticketWatchKeys(ticketId) as [string, string]
  let held: TicketUpdate[] | null = []
  let lastSent: string | null = null
  let ended = false
  const deliver = (update: TicketUpdate) => {
    if (held) {
      held.push(update)
      return
    }
    const text = JSON.stringify(update)
    if (text === lastSent) return
    lastSent = text
    connection.sendEncoded(text)
  }
  const subscribed =
    connection.subscribe(ownKey, topics.ticket(ticketId), (message) => {
      if (message.type !== 'ticket.update') return
      if (FINAL_STATUSES.includes(message.status)) ended = true
      deliver(message)
    }) &&
    connection.subscribeStandings(standingsKey, topics.standings(queue.hallId, queue.departmentId), (m) => {
      if (ended) return
      const update = ticketUpdateFromStandings(m, ticketId)
      if (update) deliver(update)
    })
  if (!subscribed) {
    for (const key of ticketWatchKeys(ticketId)) connection.unsubscribe(key)
    return
  }
  let current: TicketUpdate | null
  try {
    current = await deps.readTicketView(ticketId)
  } catch (error) {
    for (const key of ticketWatchKeys(ticketId)) connection.unsubscribe(key)
    throw error
  }
  if (!current) {
    for (const key of ticketWatchKeys(ticketId)) connection.unsubscribe(key)
    return
  }
  if (FINAL_STATUSES.includes(current.status)) ended = true
  const meanwhile = held
  held = null
  deliver(current)
  for (const update of meanwhile) deliver(update)
}
