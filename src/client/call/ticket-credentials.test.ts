import { describe, expect, it } from 'vitest'
import { heldTicketToken, TICKET_STORAGE_KEY } from './ticket-credentials'

const storage = (value: string | null) => ({
  getItem: (key: string) => (key === TICKET_STORAGE_KEY ? value : null),
})

describe('heldTicketToken', () => {
  it('finds the token in the per-hall lists the ticket UI keeps', () => {
    const stored = JSON.stringify({
      'city-centre': [
        { ticketId: 't1', token: 'a'.repeat(43), departmentId: 'housing' },
        { ticketId: 't2', token: 'b'.repeat(43), departmentId: 'social-security' },
      ],
    })
    expect(heldTicketToken(storage(stored), 't2')).toBe('b'.repeat(43))
    expect(heldTicketToken(storage(stored), 't3')).toBeNull()
  })

  it('reads nothing from a missing or corrupt entry', () => {
    expect(heldTicketToken(storage(null), 't1')).toBeNull()
    expect(heldTicketToken(storage('{not json'), 't1')).toBeNull()
    expect(heldTicketToken(storage(JSON.stringify({ ticketId: 't1', token: 5 })), 't1')).toBeNull()
    expect(heldTicketToken(undefined, 't1')).toBeNull()
  })
})
