import type { CallRole, ClientMessage, ServerMessage } from '../../../shared/protocol'

/** Client messages relayed to the other party of a call, untouched but for `from`. */
export type RelayedClientMessage = Extract<
  ClientMessage,
  { type: `signal.${string}` } | { type: `cobrowse.${string}` }
>

/** Who may send each co-browsing message: the citizen owns the form, the clerk points and suggests. */
export const COBROWSE_SENDER = {
  'cobrowse.snapshot': 'citizen',
  'cobrowse.field': 'citizen',
  'cobrowse.accept': 'citizen',
  'cobrowse.reject': 'citizen',
  'cobrowse.highlight': 'clerk',
  'cobrowse.suggest': 'clerk',
} as const satisfies Record<Extract<ClientMessage['type'], `cobrowse.${string}`>, CallRole>

/** Whether `role` may send this relayed message (signalling: both; co-browsing: see COBROWSE_SENDER). */
export function maySend(message: RelayedClientMessage, role: CallRole): boolean {
  if (message.type.startsWith('signal.')) return true
  return COBROWSE_SENDER[message.type as keyof typeof COBROWSE_SENDER] === role
}

/** The message as the other party receives it: the same fields plus who sent it. */
export function toRelay(message: RelayedClientMessage, from: CallRole): ServerMessage {
  return { ...message, from } as ServerMessage
}

/**
 * What a party's socket does with a message published on its call's topic:
 * - signalling and co-browsing from the OTHER party are passed on; its own are not echoed back;
 * - chat lines go to both parties (the sender's copy confirms it was stored);
 * - presence events about the other party are passed on (`peer` says which), `ended` to everybody;
 * - anything else on the topic is not for call parties and is dropped.
 */
export function routeCallMessage(
  message: ServerMessage,
  ownRole: CallRole,
): { forward: boolean; peer?: 'joined' | 'gone' } {
  switch (message.type) {
    case 'chat.message':
      return { forward: true }
    case 'call.event':
      if (message.event === 'ended') return { forward: true }
      if (!message.role || message.role === ownRole) return { forward: false }
      return { forward: true, peer: message.event === 'peer-joined' ? 'joined' : 'gone' }
    case 'signal.offer':
    case 'signal.answer':
    case 'signal.ice':
    case 'cobrowse.snapshot':
    case 'cobrowse.field':
    case 'cobrowse.highlight':
    case 'cobrowse.suggest':
    case 'cobrowse.accept':
    case 'cobrowse.reject':
      return { forward: message.from !== ownRole }
    default:
      return { forward: false }
  }
}
