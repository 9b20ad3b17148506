import type { Kysely, Selectable, Transaction } from 'kysely'
import type { Language, Service } from '../../shared/scene'
import { parseResumeCode } from '../applications/resume-code'
import type { ApplicationsTable, DraftsTable } from '../applications/tables'
import type { ClerkPrincipal } from '../clerks/clerks'
import type { Database } from '../db/database'
import type { LoadedScenes } from '../scenes/load-scenes'
import type { TicketView } from '../queue/ticket-view'
import { clerkTicketView, type TicketRow } from './ticket-rows'

type Db = Kysely<Database> | Transaction<Database>
type Answers = Record<string, unknown>

/** What the clerk sees before answering: the ticket, its service, and the citizen's form if any. */
export type TicketContext = {
  ticket: TicketView
  service: Service | null
  /** The signed-in citizen's name, for the greeting; null for an anonymous ticket. */
  citizen: { displayName: { zh: string; en: string } } | null
  draft?: { answers: Answers; pageId: string | null }
  application?: { reference: string; answers: Answers; status: string }
}

function parseAnswers(json: string): Answers {
  try {
    const value: unknown = JSON.parse(json)
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Answers) : {}
  } catch {
    return {}
  }
}

/**
 * The application a ticket carries, when the ticket's holder may show it: it is theirs (same signed-in
 * citizen), or the ticket also carries its resume code (the secret that opens it anyway). A reference
 * typed by someone else does not open another citizen's application.
 */
export async function ownedApplication(
  db: Db,
  ticket: TicketRow,
): Promise<Selectable<ApplicationsTable> | undefined> {
  if (!ticket.application_reference) return undefined
  const app = await db
    .selectFrom('applications')
    .selectAll()
    .where('reference', '=', ticket.application_reference.trim().toUpperCase())
    .executeTakeFirst()
  if (!app) return undefined
  const byCitizen = app.citizen_id !== null && app.citizen_id === ticket.citizen_id
  const code = ticket.resume_code ? parseResumeCode(ticket.resume_code) : null
  const byCode = code !== null && app.resume_code === code
  return byCitizen || byCode ? app : undefined
}

/** The draft a ticket carries by resume code, unless it belongs to another signed-in citizen. */
async function ownedDraft(db: Db, ticket: TicketRow): Promise<Selectable<DraftsTable> | undefined> {
  const code = ticket.resume_code ? parseResumeCode(ticket.resume_code) : null
  if (!code) return undefined
  const draft = await db.selectFrom('drafts').selectAll().where('resume_code', '=', code).executeTakeFirst()
  if (!draft || (draft.citizen_id !== null && draft.citizen_id !== ticket.citizen_id)) return undefined
  return draft
}

const PURPOSE: Record<Language, (number: string) => string> = {
  zh: (number) => `视频窗口：号码${number}`,
  en: (number) => `video counter: ticket ${number}`,
}

/**
 * The context of a ticket called to this clerk (called, being served, or served and not yet wrapped
 * up), or null for any other ticket. The read and its access-log row are one transaction: when the
 * ticket belongs to a signed-in citizen, exactly one row records which register the clerk saw
 * (`applications`, `drafts`, or just the `tickets` entry), by the clerk's name in the citizen's language.
 * Anonymous tickets have no one to report to, so nothing is logged.
 */
export async function readTicketContext(
  db: Kysely<Database>,
  scenes: LoadedScenes,
  clerk: ClerkPrincipal,
  ticketId: string,
  now: Date = new Date(),
): Promise<TicketContext | null> {
  return db.transaction().execute(async (trx) => {
    const ticket = await trx
      .selectFrom('tickets')
      .selectAll()
      .where('id', '=', ticketId)
      .where('clerk_id', '=', clerk.id)
      .executeTakeFirst()
    if (!ticket) return null
    const call = await trx
      .selectFrom('calls')
      .select(['id', 'wrapped_up_at'])
      .where('ticket_id', '=', ticket.id)
      .executeTakeFirst()
    const current =
      ticket.status === 'called' ||
      ticket.status === 'serving' ||
      (ticket.status === 'done' && call !== undefined && call.wrapped_up_at === null)
    if (!current) return null

    const application = await ownedApplication(trx, ticket)
    const draft = application ? undefined : await ownedDraft(trx, ticket)
    const hall = scenes.halls.get(ticket.hall_id)
    const serviceId = application?.service_id ?? ticket.service_id ?? draft?.service_id ?? null
    const service = hall?.services.find((s) => s.id === serviceId) ?? null
    const citizen = ticket.citizen_id
      ? await trx
          .selectFrom('citizens')
          .select(['display_name_zh', 'display_name_en'])
          .where('id', '=', ticket.citizen_id)
          .executeTakeFirst()
      : undefined

    if (ticket.citizen_id) {
      const language: Language = ticket.language === 'en' ? 'en' : 'zh'
      await trx
        .insertInto('access_log')
        .values({
          citizen_id: ticket.citizen_id,
          at: now.toISOString(),
          actor_kind: 'clerk',
          actor_name: clerk.displayName[language],
          register: application ? 'applications' : draft ? 'drafts' : 'tickets',
          purpose: PURPOSE[language](ticket.number),
          service_id: service?.id ?? null,
        })
        .execute()
    }
    return {
      ticket: clerkTicketView(ticket, scenes, call?.id ?? null),
      service,
      citizen: citizen ? { displayName: { zh: citizen.display_name_zh, en: citizen.display_name_en } } : null,
      ...(draft ? { draft: { answers: parseAnswers(draft.answers), pageId: draft.page_id } } : {}),
      ...(application
        ? {
            application: {
              reference: application.reference,
              answers: parseAnswers(application.answers),
              status: application.status,
            },
          }
        : {}),
    }
  })
}
