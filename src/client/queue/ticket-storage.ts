import { z } from 'zod'

/** The localStorage key the citizen's tickets are kept under; other modules read it, so it must not change. */
export const TICKET_STORAGE_KEY = 'onehall.ticket.v1'

const heldSchema = z.object({
  ticketId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  token: z.string().min(16).max(128),
  departmentId: z.string().max(64),
})

/** What proves a ticket is this browser's: its id and the secret handed out once with it. */
export type HeldTicketKey = z.infer<typeof heldSchema>

const storedSchema = z.record(z.string(), z.array(heldSchema))

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>

function readAll(storage: Storage | undefined): Record<string, HeldTicketKey[]> {
  try {
    const raw = storage?.getItem(TICKET_STORAGE_KEY)
    if (!raw) return {}
    const parsed = storedSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

/**
 * The tickets this browser holds in one hall. A missing, corrupt or hand-edited entry reads as none, so
 * it never breaks the page.
 */
export function readHeldTickets(storage: Storage | undefined, hallId: string): HeldTicketKey[] {
  return readAll(storage)[hallId] ?? []
}

/** Keeps the tickets held in one hall (other halls' entries stay); storage errors (quota, private mode) are ignored. */
export function writeHeldTickets(storage: Storage | undefined, hallId: string, held: HeldTicketKey[]): void {
  const all = readAll(storage)
  if (held.length > 0) all[hallId] = held
  else delete all[hallId]
  try {
    storage?.setItem(TICKET_STORAGE_KEY, JSON.stringify(all))
  } catch {
    // The ticket still works for this page; it just will not survive a reload.
  }
}
