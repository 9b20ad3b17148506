/** The localStorage key the citizen's tickets are kept under (written by the ticket UI). */
export const TICKET_STORAGE_KEY = 'onehall.ticket.v1'

type Storage = Pick<globalThis.Storage, 'getItem'>

/** Finds `{ ticketId, token }` for this ticket anywhere in the stored value (per hall, a list, or one). */
function findToken(value: unknown, ticketId: string, depth = 0): string | null {
  if (depth > 4 || typeof value !== 'object' || value === null) return null
  const record = value as Record<string, unknown>
  if (record.ticketId === ticketId && typeof record.token === 'string') return record.token
  for (const child of Object.values(record)) {
    const found = findToken(child, ticketId, depth + 1)
    if (found) return found
  }
  return null
}

/**
 * The secret of a ticket this browser holds (handed out once when it was taken), or null. The call page
 * reads it without depending on how the ticket UI lays its entries out, so a missing or corrupt entry
 * just means "not yours here".
 */
export function heldTicketToken(storage: Storage | undefined, ticketId: string): string | null {
  try {
    const raw = storage?.getItem(TICKET_STORAGE_KEY)
    return raw ? findToken(JSON.parse(raw), ticketId) : null
  } catch {
    return null
  }
}
