import fc from 'fast-check'
import { ticketNumber } from '../numbering'
import { TICKET_STATUSES, type Ticket } from '../ticket'

/** Test helper: a waiting ticket of department `a` issued at `issuedAt`, with overrides. */
export function makeTicket(overrides: Partial<Ticket> & { id: string }): Ticket {
  const sequence = overrides.sequence ?? 1
  return {
    departmentId: 'a',
    number: ticketNumber('A', sequence),
    sequence,
    serviceDay: '2026-11-30',
    issuedAt: 0,
    status: 'waiting',
    ...overrides,
  }
}

/** Test helper: arbitrary tickets over a few departments, statuses and flags, with unique ids. */
export const ticketsArbitrary = fc
  .array(
    fc.record({
      departmentId: fc.constantFrom('a', 'b', 'c', 'd'),
      // Whole minutes and few sequences, so ties (which the order must still break) are common.
      issuedAt: fc.integer({ min: 0, max: 8 }).map((m) => m * 60_000),
      status: fc.constantFrom(...TICKET_STATUSES, 'waiting', 'waiting'),
      flags: fc.subarray(['elderly', 'disabled', 'other']),
      sequence: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 60 },
  )
  .map((rows) => rows.map((row, i): Ticket => makeTicket({ ...row, id: `t${i}` })))
