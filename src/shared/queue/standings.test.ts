import { describe, expect, it } from 'vitest'
import { queueStandings } from './standings'
import { makeTicket } from './test-tickets'

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
