import type { CallRole, ClientMessage, ServerMessage } from '../../../shared/protocol'
import { topics } from '../bus'
import { maySend, routeCallMessage, toRelay, type RelayedClientMessage } from './call-relay'
import type { CallMembership, Connection } from './connection'

const callKey = (callId: string) => `call:${callId}`

/**
 * Joining and leaving calls, and everything relayed between the two parties. All of it goes over the
 * call's bus topic, presence included, so the two parties may sit on different nodes.
 *
 * Presence: a party that joins announces `peer-joined` with its role. A party already in hears it,
 * tells its client, and announces itself back once, so the newcomer learns it is there too; an
 * announcement from a party already known is not passed on again, which ends the exchange.
 */
export async function handleCallMessage(connection: Connection, message: ClientMessage): Promise<void> {
  switch (message.type) {
    case 'call.join':
      return join(connection, message.callId, message.token)
    case 'call.leave': {
      const membership = connection.calls.get(message.callId)
      if (!membership) return
      connection.calls.delete(message.callId)
      connection.unsubscribe(callKey(message.callId))
      announce(connection, message.callId, membership.role, 'peer-left')
      return
    }
    case 'chat.send': {
      const membership = member(connection, message.callId)
      if (!membership) return
      let saved
      try {
        saved = await connection.deps.saveChatLine(
          message.callId,
          membership.role,
          message.text,
          message.clientId,
        )
      } catch (error) {
        // The store refuses a line it cannot keep (its length limit): the sender's mistake, not ours.
        if (!(error instanceof RangeError)) throw error
        connection.error('invalid', error.message)
        return
      }
      const line: ServerMessage = {
        type: 'chat.message',
        callId: message.callId,
        from: membership.role,
        id: saved.id,
        ...(message.clientId === undefined ? {} : { clientId: message.clientId }),
        text: message.text,
        at: saved.at,
      }
      // A resend after a reconnect: the other party has the line already; confirm to the sender only.
      if (saved.duplicate) connection.send(line)
      else publish(connection, message.callId, line)
      return
    }
    default:
      if (message.type.startsWith('signal.') || message.type.startsWith('cobrowse.'))
        return relay(connection, message as RelayedClientMessage)
  }
}

async function join(connection: Connection, callId: string, token: string | undefined): Promise<void> {
  const { identity, deps } = connection
  const party = await deps.authorizeCallJoin(callId, {
    clerkId: identity.clerk?.id ?? null,
    token: token ?? null,
    citizenId: identity.citizenId,
  })
  if (!party) {
    connection.error('forbidden', `You may not join call ${callId}.`)
    return
  }
  const { role } = party
  const joined: ServerMessage = {
    type: 'call.joined',
    callId,
    role,
    iceServers: deps.iceServersFor(callId, role),
  }
  const existing = connection.calls.get(callId)
  if (existing && existing.role === role) {
    // Joining again on the same socket: nothing changed, say so again.
    connection.send(joined)
    if (existing.peerPresent) connection.send(presence(connection, callId, other(role), 'peer-joined'))
    return
  }
  const membership: CallMembership = { role, peerPresent: false }
  connection.calls.set(callId, membership)
  const subscribed = connection.subscribe(callKey(callId), topics.call(callId), (message) =>
    deliver(connection, membership, callId, message),
  )
  if (!subscribed) {
    connection.calls.delete(callId)
    return
  }
  connection.send(joined)
  announce(connection, callId, role, 'peer-joined')
}

function deliver(connection: Connection, membership: CallMembership, callId: string, message: ServerMessage) {
  const route = routeCallMessage(message, membership.role)
  if (!route.forward) return
  if (route.peer === 'joined') {
    if (membership.peerPresent) return
    membership.peerPresent = true
    connection.send(message)
    announce(connection, callId, membership.role, 'peer-joined')
    return
  }
  if (route.peer === 'gone') membership.peerPresent = false
  connection.send(message)
}

function relay(connection: Connection, message: RelayedClientMessage): void {
  const membership = member(connection, message.callId)
  if (!membership) return
  if (!maySend(message, membership.role)) {
    connection.error('forbidden', `${message.type} is for the ${other(membership.role)} to send.`)
    return
  }
  publish(connection, message.callId, toRelay(message, membership.role))
}

/** Tells the other party of every joined call that this one dropped (it may come back). */
export function leaveAllCalls(connection: Connection): void {
  for (const [callId, membership] of connection.calls)
    announce(connection, callId, membership.role, 'peer-reconnecting')
  connection.calls.clear()
}

function member(connection: Connection, callId: string): CallMembership | null {
  const membership = connection.calls.get(callId)
  if (!membership) connection.error('forbidden', `Join call ${callId} first.`)
  return membership ?? null
}

function presence(
  connection: Connection,
  callId: string,
  role: CallRole,
  event: 'peer-joined' | 'peer-left' | 'peer-reconnecting',
): ServerMessage {
  return { type: 'call.event', callId, event, role, at: connection.options.now() }
}

function announce(
  connection: Connection,
  callId: string,
  role: CallRole,
  event: 'peer-joined' | 'peer-left' | 'peer-reconnecting',
): void {
  publish(connection, callId, presence(connection, callId, role, event))
}

function publish(connection: Connection, callId: string, message: ServerMessage): void {
  connection.bus.publish(topics.call(callId), message).catch((error: unknown) => {
    // A closed bus means the server is stopping; the clients reconnect elsewhere.
    if (!String(error).includes('closed')) connection.report(error, `publishing to call ${callId}`)
  })
}

function other(role: CallRole): CallRole {
  return role === 'citizen' ? 'clerk' : 'citizen'
}
