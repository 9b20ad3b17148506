import { create } from 'zustand'
import { isFinal } from '../../shared/queue/ticket'
import type { Language } from '../../shared/scene/localized'
import { ApiError } from '../account/api-client'
import { usePreferencesStore } from '../app/preferences-store'
import { sharedWsClient } from '../realtime/shared-client'
import type { WsClient } from '../realtime/ws-client'
import { queueApi, type QueueApi, type TakeTicketRequest, type TicketView } from './queue-api'
import { readHeldTickets, writeHeldTickets, type HeldTicketKey } from './ticket-storage'

/** A ticket this browser holds: the proof of holding it and its latest state. */
export type HeldTicket = { key: HeldTicketKey; ticket: TicketView }

/** How taking a ticket went. `no-clerk`: nobody of the department is on duty (offer callback/appointment). */
export type TakeOutcome =
  | { kind: 'taken'; ticket: TicketView }
  | { kind: 'no-clerk' }
  | { kind: 'error'; message: string; code: string }

export type CancelOutcome = { ok: true } | { ok: false; message: string }

export type TicketState = {
  /** The hall the held tickets belong to; null before `restore` or `take`. */
  hallId: string | null
  /** Held tickets by id. */
  tickets: Record<string, HeldTicket>
  actions: {
    /** Loads the tickets kept for a hall, checks each with the server and watches the live ones. */
    restore: (hallId: string) => Promise<void>
    /** Takes a ticket (or gets back the open one of that department), keeps and watches it. */
    take: (request: TakeTicketRequest) => Promise<TakeOutcome>
    cancel: (ticketId: string) => Promise<CancelOutcome>
    /** Forgets a finished ticket (the card's "Close"). */
    dismiss: (ticketId: string) => void
  }
}

/** What the store needs from outside; tests hand in fakes. */
export type TicketEnvironment = {
  api: Pick<QueueApi, 'takeTicket' | 'ticket' | 'cancel'>
  /** The realtime connection, asked for only when a ticket is first watched. */
  link: () => Pick<WsClient, 'subscribe' | 'on'>
  storage?: Pick<Storage, 'getItem' | 'setItem'>
  language: () => Language
}

const watchKey = (ticketId: string) => `ticket:${ticketId}`

/** The ticket a department's card shows: an unfinished one first, else the latest finished one. */
export function ticketForDepartment(
  tickets: Record<string, HeldTicket>,
  departmentId: string,
): HeldTicket | null {
  const mine = Object.values(tickets).filter((t) => t.ticket.departmentId === departmentId)
  mine.sort((a, b) => b.ticket.issuedAt - a.ticket.issuedAt)
  return mine.find((t) => !isFinal(t.ticket.status)) ?? mine[0] ?? null
}

/**
 * Makes a ticket store. The token of each ticket is kept in localStorage (`onehall.ticket.v1`, per
 * hall) so a reload or a server restart does not lose the place; positions come live over the shared
 * WebSocket (`ticket.watch`, re-sent by the client after every reconnect).
 */
export function createTicketStore(env: TicketEnvironment) {
  const unwatch = new Map<string, () => void>()
  let listening = false

  return create<TicketState>()((set, get) => {
    const persist = () => {
      const { hallId, tickets } = get()
      if (!hallId) return
      const live = Object.values(tickets).filter((t) => !isFinal(t.ticket.status))
      writeHeldTickets(
        env.storage,
        hallId,
        live.map((t) => t.key),
      )
    }

    const stopWatching = (ticketId: string) => {
      unwatch.get(ticketId)?.()
      unwatch.delete(ticketId)
    }

    const watch = ({ ticketId, token }: HeldTicketKey) => {
      const link = env.link()
      if (!listening) {
        listening = true
        link.on('ticket.update', (update) => {
          const held = get().tickets[update.ticketId]
          if (!held) return
          const { ticketId: _id, type: _type, ...fields } = update
          const ticket = { ...held.ticket, ...fields }
          set({ tickets: { ...get().tickets, [ticket.id]: { ...held, ticket } } })
          if (isFinal(ticket.status)) {
            stopWatching(ticket.id)
            persist()
          }
        })
      }
      if (unwatch.has(ticketId)) return
      unwatch.set(
        ticketId,
        link.subscribe(
          watchKey(ticketId),
          { type: 'ticket.watch', ticketId, token },
          { type: 'ticket.unwatch', ticketId },
        ),
      )
    }

    const keep = (key: HeldTicketKey, ticket: TicketView) => {
      set({ tickets: { ...get().tickets, [ticket.id]: { key, ticket } } })
      persist()
      if (!isFinal(ticket.status)) watch(key)
    }

    const switchHall = (hallId: string) => {
      if (get().hallId === hallId) return
      for (const id of [...unwatch.keys()]) stopWatching(id)
      set({ hallId, tickets: {} })
    }

    return {
      hallId: null,
      tickets: {},
      actions: {
        restore: async (hallId) => {
          switchHall(hallId)
          const keys = readHeldTickets(env.storage, hallId)
          await Promise.all(
            keys.map(async (key) => {
              try {
                const ticket = await env.api.ticket(env.language(), key.ticketId, key.token)
                if (get().hallId === hallId) keep(key, ticket)
              } catch (error) {
                // Gone or not ours any more: forget it. Offline: keep the key for the next visit.
                if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
                  writeHeldTickets(
                    env.storage,
                    hallId,
                    readHeldTickets(env.storage, hallId).filter((k) => k.ticketId !== key.ticketId),
                  )
                }
              }
            }),
          )
        },

        take: async (request) => {
          switchHall(request.hallId)
          try {
            const open = ticketForDepartment(get().tickets, request.departmentId)
            const heldToken = open && !isFinal(open.ticket.status) ? open.key.token : undefined
            const { ticket, token } = await env.api.takeTicket(env.language(), request, heldToken)
            // Taking a second ticket for the department returns the first; its token may be new.
            keep({ ticketId: ticket.id, token, departmentId: ticket.departmentId }, ticket)
            return { kind: 'taken', ticket }
          } catch (error) {
            if (error instanceof ApiError && error.status === 409 && error.code === 'no_clerk_on_duty')
              return { kind: 'no-clerk' }
            if (error instanceof ApiError) return { kind: 'error', message: error.message, code: error.code }
            return { kind: 'error', message: String(error), code: 'unknown' }
          }
        },

        cancel: async (ticketId) => {
          const held = get().tickets[ticketId]
          if (!held) return { ok: false, message: 'unknown ticket' }
          try {
            const ticket = await env.api.cancel(env.language(), ticketId, held.key.token)
            stopWatching(ticketId)
            keep(held.key, ticket)
            return { ok: true }
          } catch (error) {
            return { ok: false, message: error instanceof Error ? error.message : String(error) }
          }
        },

        dismiss: (ticketId) => {
          stopWatching(ticketId)
          const { [ticketId]: _gone, ...rest } = get().tickets
          set({ tickets: rest })
          persist()
        },
      },
    }
  })
}

/** The page's ticket store: the browser's localStorage, the shared WebSocket, the visitor's language. */
export const useTicketStore = createTicketStore({
  api: queueApi,
  link: sharedWsClient,
  storage: typeof localStorage === 'undefined' ? undefined : localStorage,
  language: () => usePreferencesStore.getState().language,
})
