import { describe, expect, it } from 'vitest'
import { callNext, canServe } from './call-next'
import { departmentQueue, queuePosition, queuePositions } from './ordering'
import { headStartMs, type PriorityRule } from './priority'
import { makeTicket } from './testing/tickets'

const MIN = 60_000
const ELDERLY: PriorityRule[] = [{ flag: 'elderly', headStartMinutes: 15 }]

describe('queue order', () => {
  const tickets = [
    makeTicket({ id: 'late', issuedAt: 30 * MIN, sequence: 3 }),
    makeTicket({ id: 'first', issuedAt: 0, sequence: 1 }),
    makeTicket({ id: 'called', issuedAt: -5 * MIN, status: 'called', sequence: 9 }),
    makeTicket({ id: 'second', issuedAt: 10 * MIN, sequence: 2 }),
    makeTicket({ id: 'other-dept', departmentId: 'b', issuedAt: -MIN }),
  ]

  it('is first come, first served within a department, waiting tickets only', () => {
    expect(departmentQueue(tickets, 'a').map((t) => t.id)).toEqual(['first', 'second', 'late'])
    expect(queuePosition(tickets, 'first')).toBe(1)
    expect(queuePosition(tickets, 'late')).toBe(3)
    expect(queuePosition(tickets, 'other-dept')).toBe(1)
    expect(queuePosition(tickets, 'called')).toBeNull()
    expect(queuePosition(tickets, 'nope')).toBeNull()
  })

  it('gives the same positions in one pass', () => {
    const positions = queuePositions(tickets)
    expect(Object.fromEntries(positions)).toEqual({ first: 1, second: 2, late: 3, 'other-dept': 1 })
  })

  it('moves a priority ticket forward by its head start, not to the front of everything', () => {
    const withElder = [
      ...tickets,
      makeTicket({ id: 'elder', issuedAt: 20 * MIN, flags: ['elderly'], sequence: 4 }),
    ]
    // Issued at 20 min with a 15 min head start: ordered as if at 5 min, between first (0) and second (10).
    expect(departmentQueue(withElder, 'a', ELDERLY).map((t) => t.id)).toEqual([
      'first',
      'elder',
      'second',
      'late',
    ])
    expect(queuePosition(withElder, 'elder', ELDERLY)).toBe(2)
    // Without the rule the flag means nothing.
    expect(queuePosition(withElder, 'elder')).toBe(3)
  })

  it('takes the best matching rule, ignoring nonsense head starts', () => {
    const rules: PriorityRule[] = [
      { flag: 'elderly', headStartMinutes: 15 },
      { flag: 'disabled', headStartMinutes: 20 },
      { flag: 'elderly', headStartMinutes: -50 },
      { flag: 'x', headStartMinutes: Number.NaN },
    ]
    expect(headStartMs({ flags: ['elderly', 'disabled'] }, rules)).toBe(20 * MIN)
    expect(headStartMs({ flags: ['x'] }, rules)).toBe(0)
    expect(headStartMs({}, rules)).toBe(0)
  })

  it('breaks ties by sequence, then id', () => {
    const tied = [
      makeTicket({ id: 'z', issuedAt: 0, sequence: 2 }),
      makeTicket({ id: 'y', issuedAt: 0, sequence: 1 }),
      makeTicket({ id: 'b', issuedAt: 0, sequence: 3 }),
      makeTicket({ id: 'a', issuedAt: 0, sequence: 3 }),
    ]
    expect(departmentQueue(tied, 'a').map((t) => t.id)).toEqual(['y', 'z', 'a', 'b'])
  })
})

describe('callNext', () => {
  const tickets = [
    makeTicket({ id: 'a1', departmentId: 'a', issuedAt: 10 }),
    makeTicket({ id: 'b1', departmentId: 'b', issuedAt: 5 }),
    makeTicket({ id: 'c0', departmentId: 'c', issuedAt: 1, status: 'serving' }),
    makeTicket({ id: 'a2', departmentId: 'a', issuedAt: 20 }),
  ]

  it('gives a single-skill clerk the head of their department', () => {
    expect(callNext({ tickets }, { id: 'k', skills: ['a'] })?.id).toBe('a1')
  })

  it('gives a one-stop clerk the longest-waiting ticket across their departments', () => {
    expect(callNext({ tickets }, { id: 'k', skills: ['a', 'b', 'c'] })?.id).toBe('b1')
  })

  it('returns null when nobody the clerk can serve waits', () => {
    expect(callNext({ tickets }, { id: 'k', skills: ['c'] })).toBeNull()
    expect(callNext({ tickets }, { id: 'k', skills: [] })).toBeNull()
    expect(callNext({ tickets: [] }, { id: 'k', skills: ['a'] })).toBeNull()
  })

  it('applies the priority rules', () => {
    const elder = makeTicket({ id: 'elder', departmentId: 'a', issuedAt: 10 * MIN, flags: ['elderly'] })
    const early = makeTicket({ id: 'early', departmentId: 'b', issuedAt: 0 })
    const clerk = { id: 'k', skills: ['a', 'b'] }
    expect(callNext({ tickets: [early, elder] }, clerk)?.id).toBe('early')
    expect(callNext({ tickets: [early, elder], rules: ELDERLY }, clerk)?.id).toBe('elder')
  })

  it('canServe matches the department to the skills', () => {
    expect(canServe({ id: 'k', skills: ['a'] }, { departmentId: 'a' })).toBe(true)
    expect(canServe({ id: 'k', skills: ['a'] }, { departmentId: 'b' })).toBe(false)
  })
})
