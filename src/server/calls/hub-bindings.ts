import type { Kysely } from 'kysely'
import { clerkFromRequest } from '../clerks/clerk-session'
import type { Database } from '../db/database'
import type { HubDeps } from '../realtime/hub'
import { authorizeCallJoin } from './call-access'
import { saveChatLine } from './chat'

/** The parts of the WebSocket hub's dependencies the clerk and call modules provide. */
export type ClerkHubDeps = Pick<HubDeps, 'clerkFromRequest' | 'authorizeCallJoin' | 'saveChatLine'>

/**
 * Binds the clerk session, call-join check and chat store to a database, in the shape the hub asks for
 * (`HubDeps`), so wiring `/api/ws` is `{ ...clerkHubDeps(db), ...queue deps, iceServersFor }`.
 */
export function clerkHubDeps(db: Kysely<Database>): ClerkHubDeps {
  return {
    clerkFromRequest: (request) => clerkFromRequest(db, request),
    authorizeCallJoin: (callId, who) => authorizeCallJoin(db, callId, who),
    saveChatLine: (callId, sender, text, clientId) => saveChatLine(db, callId, sender, text, clientId),
  }
}
