import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { callNext, canServe } from './call-next'
import { estimateWait } from './estimated-wait'
import { departmentQueue, queuePosition, queuePositions } from './ordering'
import type { PriorityRule } from './priority'
import { ticketsArbitrary } from './testing/tickets'

const rulesArbitrary = fc.array(
  fc.record({
    flag: fc.constantFrom('elderly', 'disabled', 'other'),
    headStartMinutes: fc.oneof(fc.integer({ min: -30, max: 120 }), fc.constant(Number.NaN)),
  }),
  { maxLength: 3 },
) as fc.Arbitrary<PriorityRule[]>
const clerkArbitrary = fc.record({ id: fc.constant('k'), skills: fc.subarray(['a', 'b', 'c', 'd', 'e']) })

describe('queue properties', () => {
  it('positions in each department are 1..n without gaps and agree with queuePosition', () => {
    fc.assert(
      fc.property(ticketsArbitrary, rulesArbitrary, (tickets, rules) => {
        const positions = queuePositions(tickets, rules)
        for (const departmentId of ['a', 'b', 'c', 'd']) {
          const waiting = tickets.filter((t) => t.status === 'waiting' && t.departmentId === departmentId)
          const got = waiting.map((t) => positions.get(t.id)).sort((x, y) => (x ?? 0) - (y ?? 0))
          expect(got).toEqual(waiting.map((_, i) => i + 1))
        }
        for (const t of tickets) expect(queuePosition(tickets, t.id, rules)).toBe(positions.get(t.id) ?? null)
      }),
    )
  })

  it('callNext only returns a waiting ticket the clerk can serve, and the first of its department', () => {
    fc.assert(
      fc.property(ticketsArbitrary, rulesArbitrary, clerkArbitrary, (tickets, rules, clerk) => {
        const next = callNext({ tickets, rules }, clerk)
        const servable = tickets.filter((t) => t.status === 'waiting' && canServe(clerk, t))
        if (servable.length === 0) {
          expect(next).toBeNull()
          return
        }
        expect(next).not.toBeNull()
        expect(next?.status).toBe('waiting')
        expect(clerk.skills).toContain(next?.departmentId)
        expect(queuePosition(tickets, next?.id ?? '', rules)).toBe(1)
      }),
    )
  })

  it('the order does not depend on the order tickets are listed in', () => {
    fc.assert(
      fc.property(
        ticketsArbitrary.chain((t) =>
          fc.tuple(fc.constant(t), fc.shuffledSubarray(t, { minLength: t.length })),
        ),
        rulesArbitrary,
        clerkArbitrary,
        ([tickets, shuffled], rules, clerk) => {
          for (const d of ['a', 'b'])
            expect(departmentQueue(shuffled, d, rules).map((t) => t.id)).toEqual(
              departmentQueue(tickets, d, rules).map((t) => t.id),
            )
          expect(callNext({ tickets: shuffled, rules }, clerk)?.id).toBe(
            callNext({ tickets, rules }, clerk)?.id,
          )
        },
      ),
    )
  })

  it('calling the head keeps everyone else in the same relative order, one place forward', () => {
    fc.assert(
      fc.property(ticketsArbitrary, rulesArbitrary, (tickets, rules) => {
        const before = departmentQueue(tickets, 'a', rules)
        const head = before[0]
        if (!head) return
        const after = tickets.map((t) => (t.id === head.id ? { ...t, status: 'called' as const } : t))
        const positions = queuePositions(after, rules)
        before.slice(1).forEach((t, i) => expect(positions.get(t.id)).toBe(i + 1))
      }),
    )
  })

  it('the estimated wait is never negative and grows with the people ahead', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 500 }),
        fc.integer({ min: 0, max: 20 }),
        fc.array(fc.double({ min: -1e6, max: 1e7, noNaN: false })),
        (ahead, clerks, history) => {
          const now = estimateWait({ peopleAhead: ahead, clerksOnDuty: clerks, recentServiceMs: history })
          const later = estimateWait({
            peopleAhead: ahead + 1,
            clerksOnDuty: clerks,
            recentServiceMs: history,
          })
          if (clerks === 0) {
            expect(now.kind).toBe('no-clerk')
            return
          }
          if (now.kind !== 'estimate' || later.kind !== 'estimate') throw new Error('expected estimates')
          expect(now.waitMs).toBeGreaterThanOrEqual(0)
          expect(Number.isFinite(now.waitMs)).toBe(true)
          expect(later.waitMs).toBeGreaterThanOrEqual(now.waitMs)
        },
      ),
    )
  })
})
