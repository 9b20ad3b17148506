import { describe, expect, it } from 'vitest'
import { applyQueueUpdate, EMPTY_QUEUE, queueFromResponse, queueSections, totalWaiting } from './queue-model'
import { queueResponse } from './testing/fakes'

const mine = ['social-security', 'housing']

describe('queue model', () => {
  it('keeps only the clerk’s departments from the API, in call order', () => {
    const response = queueResponse(['A002', 'A001'])
    response.departments[0]!.waiting.reverse()
    response.departments.push(queueResponse(['B001'], 'tax').departments[0]!)
    response.callbacks = [
      {
        id: 'c1',
        departmentId: 'housing',
        name: 'x',
        phone: '1',
        preferredDay: '2026-12-01',
        preferredPart: 'morning',
      },
      {
        id: 'c2',
        departmentId: 'tax',
        name: 'y',
        phone: '2',
        preferredDay: '2026-12-01',
        preferredPart: 'morning',
      },
    ]
    const model = queueFromResponse(response, mine)
    expect(Object.keys(model.waiting)).toEqual(['social-security'])
    expect(model.waiting['social-security']!.map((t) => t.position)).toEqual([1, 2])
    expect(model.callbacks.map((c) => c.id)).toEqual(['c1'])
  })

  it('replaces a department’s list with a live update and ignores others', () => {
    const model = queueFromResponse(queueResponse(['A001', 'A002']), mine)
    const update = {
      type: 'queue.update' as const,
      hallId: 'city-centre',
      departmentId: 'social-security',
      waiting: [],
    }
    expect(totalWaiting(applyQueueUpdate(model, update, 'city-centre', mine))).toBe(0)
    expect(applyQueueUpdate(model, { ...update, departmentId: 'tax' }, 'city-centre', mine)).toBe(model)
    expect(applyQueueUpdate(model, update, 'other-hall', mine)).toBe(model)
  })

  it('shows every department of the clerk with counts and minutes waited', () => {
    const model = queueFromResponse(queueResponse(['A001', 'A002', 'A003']), mine)
    const sections = queueSections(model, mine, 5 * 60_000 + 30_000, 2)
    expect(sections.map((s) => [s.departmentId, s.count, s.rows.length])).toEqual([
      ['social-security', 3, 2],
      ['housing', 0, 0],
    ])
    expect(sections[0]!.rows.map((r) => r.waitedMinutes)).toEqual([5, 4])
    // A client clock behind the server's never shows negative minutes.
    expect(queueSections(model, mine, -60_000)[0]!.rows[0]!.waitedMinutes).toBe(0)
    expect(totalWaiting(EMPTY_QUEUE)).toBe(0)
  })
})
