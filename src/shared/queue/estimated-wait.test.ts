import { describe, expect, it } from 'vitest'
import { DEFAULT_SERVICE_MS, estimateWait, median, recentServiceDurations } from './estimated-wait'
import { makeTicket } from './testing/tickets'

const MIN = 60_000

describe('median', () => {
  it('takes the middle value or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(() => median([])).toThrow(RangeError)
  })
})

describe('estimateWait', () => {
  it('is the median service time times people ahead divided by clerks', () => {
    const result = estimateWait({
      peopleAhead: 6,
      clerksOnDuty: 2,
      recentServiceMs: [4 * MIN, 60 * MIN, 6 * MIN, 5 * MIN, 5 * MIN],
    })
    expect(result).toEqual({
      kind: 'estimate',
      waitMs: 15 * MIN,
      serviceMs: 5 * MIN,
      basis: 'history',
      samples: 5,
    })
  })

  it('uses only the last `window` durations', () => {
    const old = Array.from({ length: 10 }, () => 30 * MIN)
    const recent = [2 * MIN, 2 * MIN, 2 * MIN]
    const result = estimateWait({
      peopleAhead: 1,
      clerksOnDuty: 1,
      recentServiceMs: [...old, ...recent],
      window: 3,
    })
    expect(result.kind === 'estimate' && result.serviceMs).toBe(2 * MIN)
  })

  it('falls back to the department default with too little history', () => {
    expect(
      estimateWait({ peopleAhead: 2, clerksOnDuty: 1, recentServiceMs: [], defaultServiceMs: 8 * MIN }),
    ).toEqual({
      kind: 'estimate',
      waitMs: 16 * MIN,
      serviceMs: 8 * MIN,
      basis: 'default',
      samples: 0,
    })
    const short = estimateWait({ peopleAhead: 1, clerksOnDuty: 1, recentServiceMs: [1, 2] })
    expect(short).toMatchObject({ basis: 'default', serviceMs: DEFAULT_SERVICE_MS, samples: 2 })
  })

  it('ignores broken durations and a broken default', () => {
    const result = estimateWait({
      peopleAhead: 1,
      clerksOnDuty: 1,
      recentServiceMs: [-5, Number.NaN, 0, Number.POSITIVE_INFINITY],
      defaultServiceMs: -1,
    })
    expect(result).toMatchObject({ basis: 'default', serviceMs: DEFAULT_SERVICE_MS, samples: 0 })
  })

  it('is zero for the next in line and never negative', () => {
    expect(estimateWait({ peopleAhead: 0, clerksOnDuty: 3, recentServiceMs: [] })).toMatchObject({
      waitMs: 0,
    })
    expect(estimateWait({ peopleAhead: -4, clerksOnDuty: 1, recentServiceMs: [] })).toMatchObject({
      waitMs: 0,
    })
    expect(estimateWait({ peopleAhead: Number.NaN, clerksOnDuty: 1, recentServiceMs: [] })).toMatchObject({
      waitMs: 0,
    })
  })

  it('has no estimate when no clerk is on duty', () => {
    expect(estimateWait({ peopleAhead: 3, clerksOnDuty: 0, recentServiceMs: [MIN, MIN, MIN] })).toEqual({
      kind: 'no-clerk',
    })
    expect(estimateWait({ peopleAhead: 3, clerksOnDuty: 0.5, recentServiceMs: [] })).toEqual({
      kind: 'no-clerk',
    })
  })
})

describe('recentServiceDurations', () => {
  it('lists the latest completed services of the department, oldest first', () => {
    const tickets = [
      makeTicket({ id: '1', status: 'done', startedAt: 0, endedAt: 3 * MIN }),
      makeTicket({ id: '2', status: 'done', startedAt: 10 * MIN, endedAt: 20 * MIN }),
      makeTicket({ id: '3', status: 'done', startedAt: 4 * MIN, endedAt: 5 * MIN }),
      makeTicket({ id: 'other', departmentId: 'b', status: 'done', startedAt: 0, endedAt: MIN }),
      makeTicket({ id: 'no-show', status: 'no-show', startedAt: 0, endedAt: MIN }),
      makeTicket({ id: 'serving', status: 'serving', startedAt: 0 }),
      makeTicket({ id: 'broken', status: 'done', startedAt: 9, endedAt: 1 }),
    ]
    expect(recentServiceDurations(tickets, 'a')).toEqual([3 * MIN, MIN, 10 * MIN])
    expect(recentServiceDurations(tickets, 'a', 2)).toEqual([MIN, 10 * MIN])
  })
})
