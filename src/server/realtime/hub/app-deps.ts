import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import { clerkHubDeps } from '../../calls/hub-bindings'
import type { Database } from '../../db/database'
import { currentCitizen } from '../../identity/session'
import { readBoard, readDepartmentQueue } from '../../queue/board'
import { verifyTicketToken } from '../../queue/ticket-token'
import type { LoadedScenes } from '../../scenes/load-scenes'
import { iceServersFor, type IceConfig } from './ice-servers'
import { TicketViewBatcher } from './ticket-view-batcher'
import type { HubDeps } from './types'

/** The hub's dependencies bound to the real queue, clerk, identity and call modules. */
export function appHubDeps(
  db: Kysely<Database>,
  scenes: LoadedScenes,
  ice: IceConfig,
  log: FastifyBaseLogger,
  clerkPresence?: HubDeps['clerkPresence'],
): HubDeps {
  const views = new TicketViewBatcher(db, scenes)
  return {
    ...clerkHubDeps(db),
    currentCitizenId: async (request) => (await currentCitizen(db, request))?.id ?? null,
    verifyTicketToken: (ticketId, token) => verifyTicketToken(db, ticketId, token),
    ticketOwnedBy: async (ticketId, citizenId) => {
      const row = await db
        .selectFrom('tickets')
        .select('citizen_id')
        .where('id', '=', ticketId)
        .executeTakeFirst()
      return row?.citizen_id === citizenId
    },
    ticketQueue: async (ticketId) => {
      const row = await db
        .selectFrom('tickets')
        .select(['hall_id', 'department_id'])
        .where('id', '=', ticketId)
        .executeTakeFirst()
      return row ? { hallId: row.hall_id, departmentId: row.department_id } : null
    },
    readTicketView: (ticketId) => views.read(ticketId),
    // The queue's board of an unknown hall is empty; a client asking for one has a wrong id.
    readBoard: async (hallId) => (scenes.halls.has(hallId) ? readBoard(db, scenes, hallId) : null),
    readDepartmentQueue: (hallId, departmentId) => readDepartmentQueue(db, hallId, departmentId),
    iceServersFor: (callId) => iceServersFor(ice, callId),
    ...(clerkPresence ? { clerkPresence } : {}),
    reportError: (error, context) => log.error({ err: error }, `WebSocket hub: ${context}`),
  }
}
