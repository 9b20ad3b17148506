import type { Kysely, Selectable, Transaction } from 'kysely'
import type { LocalizedText } from '../../shared/scene'
import { applyTicketEvent } from '../../shared/queue'
import { setClerkState, type ClerkPrincipal } from '../clerks/clerks'
import type { Database } from '../db/database'
import type { CallsTable } from './tables'
import { ticketFromRow } from '../queue/ticket-rows'
import type { TicketRow } from './ticket-rows'
import { ownedApplication } from './ticket-context'

type CallRow = Selectable<CallsTable>

/** How a call ended for the citizen's case; `advice-only` leaves an application's status as it was. */
export const CALL_OUTCOMES = ['accepted', 'more-documents', 'rejected', 'advice-only'] as const
export type CallOutcome = (typeof CALL_OUTCOMES)[number]

/** Each outcome's effect on the application: its new status (null: unchanged) and the history note. */
export const OUTCOME_STATUS: Record<CallOutcome, { status: string | null; note: LocalizedText }> = {
  accepted: {
    status: 'accepted',
    note: { zh: '视频窗口已受理您的申请。', en: 'Your application was accepted at the video counter.' },
  },
  'more-documents': {
    status: 'more-documents',
    note: {
      zh: '需要补充材料，工作人员已在视频通话中说明所需材料。',
      en: 'More documents are needed; the clerk explained which ones during the video call.',
    },
  },
  rejected: {
    status: 'rejected',
    note: {
      zh: '经视频窗口审核，此申请不予受理，原因已在通话中说明。',
      en: 'After review at the video counter the application was refused; the clerk explained why during the call.',
    },
  },
  'advice-only': {
    status: null,
    note: { zh: '已在视频窗口获得咨询解答。', en: 'You were given advice at the video counter.' },
  },
}

async function clerkCall(trx: Transaction<Database>, clerkId: string, callId: string) {
  const call = await trx
    .selectFrom('calls')
    .selectAll()
    .where('id', '=', callId)
    .where('clerk_id', '=', clerkId)
    .executeTakeFirst()
  if (!call) return undefined
  const ticket = await trx
    .selectFrom('tickets')
    .selectAll()
    .where('id', '=', call.ticket_id)
    .executeTakeFirstOrThrow()
  return { call, ticket }
}

export type EndResult =
  | { kind: 'ended'; call: CallRow; ticket: TicketRow }
  | { kind: 'not-found' }
  | { kind: 'illegal'; ticket: TicketRow }

/**
 * Hangs a call up: the ticket is served (serving -> done; a ticket still `called` is taken as answered
 * when the call ends, so a forgotten "start" does not lose the service), the call gets its end, and the
 * clerk goes to wrap-up. Ending an ended call again is `illegal`.
 */
export async function endCall(
  db: Kysely<Database>,
  clerk: ClerkPrincipal,
  callId: string,
  now: number = Date.now(),
): Promise<EndResult> {
  return db.transaction().execute(async (trx): Promise<EndResult> => {
    const found = await clerkCall(trx, clerk.id, callId)
    if (!found) return { kind: 'not-found' }
    const { call, ticket } = found
    if (call.ended_at !== null) return { kind: 'illegal', ticket }
    let current = ticketFromRow(ticket)
    if (current.status === 'called') {
      const started = applyTicketEvent(current, { type: 'start' }, now)
      if (started.ok) current = started.value
    }
    const finished = applyTicketEvent(current, { type: 'finish' }, now)
    if (!finished.ok) return { kind: 'illegal', ticket }
    const changes = {
      status: finished.value.status,
      started_at: finished.value.startedAt ?? now,
      ended_at: now,
    }
    const updated = await trx
      .updateTable('tickets')
      .set(changes)
      .where('id', '=', ticket.id)
      .where('status', '=', ticket.status)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 0) return { kind: 'illegal', ticket }
    await trx.updateTable('calls').set({ ended_at: now }).where('id', '=', call.id).execute()
    await setClerkState(trx, clerk.id, 'wrap-up', now)
    return { kind: 'ended', call: { ...call, ended_at: now }, ticket: { ...ticket, ...changes } }
  })
}

export type WrapUpResult =
  | {
      kind: 'wrapped-up'
      call: CallRow
      ticket: TicketRow
      application: { reference: string; status: string } | null
    }
  | { kind: 'not-found' }
  | { kind: 'not-ended' }
  | { kind: 'already' }

/**
 * After-call work: stores the outcome and notes on the call and, when the ticket carried the citizen's
 * application, sets its status with a history note in both languages (the clerk's notes stay
 * internal). The clerk is available again. All in one transaction.
 */
export async function wrapUpCall(
  db: Kysely<Database>,
  clerk: ClerkPrincipal,
  callId: string,
  input: { outcome: CallOutcome; notes: string },
  now: number = Date.now(),
): Promise<WrapUpResult> {
  return db.transaction().execute(async (trx): Promise<WrapUpResult> => {
    const found = await clerkCall(trx, clerk.id, callId)
    if (!found) return { kind: 'not-found' }
    const { call, ticket } = found
    if (call.ended_at === null) return { kind: 'not-ended' }
    if (call.wrapped_up_at !== null) return { kind: 'already' }
    const updated = await trx
      .updateTable('calls')
      .set({ outcome: input.outcome, notes: input.notes, wrapped_up_at: now })
      .where('id', '=', call.id)
      .where('wrapped_up_at', 'is', null)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 0) return { kind: 'already' }

    let application: { reference: string; status: string } | null = null
    const owned = await ownedApplication(trx, ticket)
    if (owned) {
      const effect = OUTCOME_STATUS[input.outcome]
      const status = effect.status ?? owned.status
      if (effect.status)
        await trx
          .updateTable('applications')
          .set({ status })
          .where('reference', '=', owned.reference)
          .execute()
      await trx
        .insertInto('application_status_history')
        .values({
          reference: owned.reference,
          at: new Date(now).toISOString(),
          status,
          note_zh: effect.note.zh,
          note_en: effect.note.en,
        })
        .execute()
      application = { reference: owned.reference, status }
    }
    // Only out of wrap-up: a clerk who already called the next ticket stays busy.
    await trx
      .updateTable('clerks')
      .set({ state: 'available', state_since: now })
      .where('id', '=', clerk.id)
      .where('state', '=', 'wrap-up')
      .execute()
    return {
      kind: 'wrapped-up',
      call: { ...call, outcome: input.outcome, notes: input.notes, wrapped_up_at: now },
      ticket,
      application,
    }
  })
}
