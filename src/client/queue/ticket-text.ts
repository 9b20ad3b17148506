import { interpolate, pluralKey, type TextValues } from '../../shared/i18n/interpolate'
import { queue } from '../../shared/i18n/queue'
import type { TicketStatus } from '../../shared/queue/ticket'
import type { Language } from '../../shared/scene/localized'
import type { TicketView, Wait } from './queue-api'

type QueueKey = keyof (typeof queue)['en']

/** One queue string in one language, placeholders filled. */
export function queueText(language: Language, key: QueueKey, values?: TextValues): string {
  return interpolate(queue[language][key], values)
}

const statusKeys = {
  waiting: 'statusWaiting',
  called: 'statusCalled',
  serving: 'statusServing',
  done: 'statusDone',
  'no-show': 'statusNoShow',
  cancelled: 'statusCancelled',
} as const satisfies Record<TicketStatus, QueueKey>

/** "等候中" / "Waiting"... */
export function statusText(status: TicketStatus, language: Language): string {
  return queueText(language, statusKeys[status])
}

/**
 * "约12分钟" / "about 12 minutes", rounded up to whole minutes (a wait is never shown shorter than it
 * may be); "不到1分钟" under a minute; the no-clerk notice when nobody is on duty; null without a wait.
 */
export function waitText(wait: Wait | null, language: Language): string | null {
  if (!wait) return null
  if (wait.kind === 'no-clerk') return queueText(language, 'waitNoClerk')
  if (wait.waitMs < 60_000) return queueText(language, 'waitUnderMinute')
  const count = Math.ceil(wait.waitMs / 60_000)
  return queueText(language, pluralKey('waitMinutes', count, language), { count })
}

/** "第2位" / "2 in the queue", "下一位就是您" / "You are next" at 1; null when not waiting. */
export function positionText(position: number | null, language: Language): string | null {
  if (position === null) return null
  return position === 1 ? queueText(language, 'youAreNext') : queueText(language, 'position', { position })
}

/** What the ticket card says, all in one language: the card renders it as it is. */
export type TicketCardModel = {
  number: string
  status: TicketStatus
  statusText: string
  position: number | null
  positionText: string | null
  waitText: string | null
  /** "Your number A023 is called to window 05", once called. */
  calledText: string | null
  /** The video call page, once the ticket has a call. */
  callHref: string | null
  canCancel: boolean
  finished: boolean
}

/** The ticket card's content for a ticket. Pure. */
export function ticketCardModel(ticket: TicketView, language: Language): TicketCardModel {
  const called = ticket.status === 'called' || ticket.status === 'serving'
  return {
    number: ticket.number,
    status: ticket.status,
    statusText: statusText(ticket.status, language),
    position: ticket.status === 'waiting' ? ticket.position : null,
    positionText: ticket.status === 'waiting' ? positionText(ticket.position, language) : null,
    waitText: ticket.status === 'waiting' ? waitText(ticket.wait, language) : null,
    calledText:
      called && ticket.counterNumber
        ? queueText(language, 'calledTo', { number: ticket.number, counter: ticket.counterNumber })
        : null,
    callHref: called ? `/call?ticket=${encodeURIComponent(ticket.id)}` : null,
    canCancel: ticket.status === 'waiting' || ticket.status === 'called',
    finished: ticket.status === 'done' || ticket.status === 'no-show' || ticket.status === 'cancelled',
  }
}
