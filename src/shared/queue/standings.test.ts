import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { estimateWait, recentServiceDurations } from './estimated-wait'
import { queuePosition } from './ordering'
import type { PriorityRule } from './priority'
import { queueStandings } from './standings'
import { makeTicket, ticketsArbitrary } from './testing/tickets'

const MIN = 60_000

describe('queueStandings', () => {
  const done = (id: string, departmentId: string, minutes: number, endedAt: number) =>
    makeTicket({ id, departmentId, status: 'done', startedAt: endedAt - minutes * MIN, endedAt })
  const tickets = [
    done('d1', 'a', 4, 1),
    done('d2', 'a', 4, 2),
    done('d3', 'a', 4, 3),
    makeTicket({ id: 'a1', departmentId: 'a', issuedAt: 10 }),
    makeTicket({ id: 'a2', departmentId: 'a', issuedAt: 20 }),
    makeTicket({ id: 'a3', departmentId: 'a', issuedAt: 30 }),
    makeTicket({ id: 'b1', departmentId: 'b', issuedAt: 5 }),
    makeTicket({ id: 'b2', departmentId: 'b', issuedAt: 6 }),
    makeTicket({ id: 'c1', departmentId: 'c', issuedAt: 5 }),
    makeTicket({ id: 'serving', departmentId: 'a', status: 'serving', issuedAt: 0 }),
  ]
  const standings = queueStandings(tickets, {
    clerksOnDuty: (d) => ({ a: 2, b: 1 })[d] ?? 0,
    defaultServiceMs: (d) => (d === 'b' ? 10 * MIN : undefined),
  })

  it('gives each waiting ticket its position and a wait from its department history', () => {
    expect(standings.get('a1')).toEqual({
      position: 1,
      wait: expect.objectContaining({ waitMs: 0, basis: 'history' }),
    })
    expect(standings.get('a3')).toEqual({ position: 3, wait: expect.objectContaining({ waitMs: 4 * MIN }) })
  })

  it('uses the department default without history, and says when no clerk is on duty', () => {
    expect(standings.get('b2')?.wait).toMatchObject({ basis: 'default', waitMs: 10 * MIN })
    expect(standings.get('c1')).toEqual({ position: 1, wait: { kind: 'no-clerk' } })
  })

  it('leaves out tickets that are not waiting', () => {
    expect(standings.has('serving')).toBe(false)
    expect(standings.has('d1')).toBe(false)
    expect(standings.size).toBe(6)
  })
})

describe('queueStandings matches one ticket at a time', () => {
  const rules: PriorityRule[] = [{ flag: 'elderly', headStartMinutes: 3 }]
  const clerks = (d: string) => ({ a: 1, b: 3, c: 0 })[d] ?? 2
  const withHistory = (tickets: ReturnType<typeof makeTicket>[]) => [
    ...tickets,
    // Services of 1..7 minutes for department a, so its waits come from history, not the default.
    ...[1, 7, 3, 5].map((m, i) =>
      makeTicket({ id: `h${i}`, status: 'done', startedAt: i * MIN, endedAt: i * MIN + m * MIN }),
    ),
  ]

  it('for every waiting ticket: position by queuePosition, wait by estimateWait (computed once per department)', () => {
    fc.assert(
      fc.property(ticketsArbitrary.map(withHistory), (tickets) => {
        const standings = queueStandings(tickets, {
          rules,
          clerksOnDuty: clerks,
          defaultServiceMs: (d) => (d === 'b' ? 7 * MIN : undefined),
        })
        for (const t of tickets) {
          const position = queuePosition(tickets, t.id, rules)
          if (position === null) {
            expect(standings.has(t.id)).toBe(false)
            continue
          }
          const wait = estimateWait({
            peopleAhead: position - 1,
            clerksOnDuty: clerks(t.departmentId),
            recentServiceMs: recentServiceDurations(tickets, t.departmentId),
            defaultServiceMs: t.departmentId === 'b' ? 7 * MIN : undefined,
          })
          expect(standings.get(t.id)).toEqual({ position, wait })
        }
      }),
    )
  })
})
