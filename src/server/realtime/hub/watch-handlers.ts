import type { ClientMessage, ServerMessage } from '../../../shared/protocol'
import { topics } from '../bus'
import type { Connection } from './connection'
import { ticketWatchKeys, watchTicket } from './ticket-watch'
import type { ServerMessageOf } from './types'

type BoardUpdate = ServerMessageOf<'board.update'>

/** A board narrowed to one department (a department's sign shows only its own numbers). */
export function boardForDepartment(board: BoardUpdate, departmentId: string | undefined): BoardUpdate {
  if (departmentId === undefined) return board
  return {
    ...board,
    departmentId,
    called: board.called.filter((c) => c.departmentId === departmentId),
    waiting: board.waiting.filter((w) => w.departmentId === departmentId),
  }
}

const boardKey = (hallId: string, departmentId: string | undefined) =>
  `board:${hallId}:${departmentId ?? '*'}`
const queueKey = (hallId: string, departmentId: string) => `queue:${hallId}:${departmentId}`

/**
 * Following tickets, boards and queues. Each answers with the current state at once (a client that
 * reconnects is up to date without asking), then passes on what the queue publishes to the topic.
 * @returns false when the message is not one of these
 */
export async function handleWatchMessage(connection: Connection, message: ClientMessage): Promise<boolean> {
  switch (message.type) {
    case 'ticket.watch':
      await watchTicket(connection, message.ticketId, message.token)
      return true
    case 'ticket.unwatch':
      for (const key of ticketWatchKeys(message.ticketId)) connection.unsubscribe(key)
      return true
    case 'board.subscribe':
      await subscribeBoard(connection, message.hallId, message.departmentId)
      return true
    case 'board.unsubscribe':
      connection.unsubscribe(boardKey(message.hallId, message.departmentId))
      return true
    case 'queue.subscribe':
      await subscribeQueue(connection, message.hallId, message.departmentIds)
      return true
    case 'queue.unsubscribe':
      for (const key of connection.subscriptionKeys(`queue:${message.hallId}:`)) connection.unsubscribe(key)
      return true
    default:
      return false
  }
}

async function subscribeBoard(connection: Connection, hallId: string, departmentId: string | undefined) {
  const narrow = (message: ServerMessage) =>
    message.type === 'board.update' ? boardForDepartment(message, departmentId) : null
  const found = await follow(
    connection,
    boardKey(hallId, departmentId),
    topics.board(hallId),
    narrow,
    async () => {
      const board = await connection.deps.readBoard(hallId)
      return board && boardForDepartment(board, departmentId)
    },
  )
  if (!found) connection.error('not_found', `No hall ${hallId}.`)
}

async function subscribeQueue(connection: Connection, hallId: string, departmentIds: string[]) {
  const { clerk } = connection.identity
  if (!clerk) {
    connection.error('unauthorized', 'Only a signed-in clerk can follow a queue.')
    return
  }
  const foreign = departmentIds.filter((d) => !clerk.isSupervisor && !clerk.departments.includes(d))
  if (clerk.hallId !== hallId || foreign.length > 0) {
    connection.error('forbidden', `Not your queue: ${clerk.hallId !== hallId ? hallId : foreign.join(', ')}.`)
    return
  }
  for (const departmentId of new Set(departmentIds)) {
    const followed = await follow(
      connection,
      queueKey(hallId, departmentId),
      topics.queue(hallId, departmentId),
      passType('queue.update'),
      () => connection.deps.readDepartmentQueue(hallId, departmentId),
    )
    if (followed === 'refused') return
  }
}

/**
 * Subscribes, reads the current state, sends it, then what was published meanwhile: subscribing first
 * means no update falls between the read and the subscription, and holding those updates back means
 * the client never ends on the older state.
 * @returns false (and unsubscribes) when there is nothing to follow; 'refused' at the subscription limit
 */
async function follow(
  connection: Connection,
  key: string,
  topic: string,
  pass: (message: ServerMessage) => ServerMessage | null,
  read: () => Promise<ServerMessage | null>,
): Promise<boolean | 'refused'> {
  let held: ServerMessage[] | null = []
  const subscribed = connection.subscribe(key, topic, (message) => {
    const out = pass(message)
    if (!out) return
    if (held) held.push(out)
    else connection.send(out)
  })
  if (!subscribed) return 'refused'
  let current: ServerMessage | null
  try {
    current = await read()
  } catch (error) {
    connection.unsubscribe(key)
    throw error
  }
  if (!current) {
    connection.unsubscribe(key)
    return false
  }
  connection.send(current)
  for (const message of held) connection.send(message)
  held = null
  return true
}

function passType(type: ServerMessage['type']) {
  return (message: ServerMessage) => (message.type === type ? message : null)
}
