import { describe, expect, it } from 'vitest'
import { nextSequence, parseTicketNumber, serviceDay, ticketNumber } from './numbering'

describe('ticketNumber', () => {
  it('is the letter and three digits', () => {
    expect(ticketNumber('A', 1)).toBe('A001')
    expect(ticketNumber('A', 23)).toBe('A023')
    expect(ticketNumber('K', 999)).toBe('K999')
  })

  it('starts again at 001 after 999, never showing 000', () => {
    expect(ticketNumber('A', 1000)).toBe('A001')
    expect(ticketNumber('A', 1998)).toBe('A999')
    expect(ticketNumber('A', 1999)).toBe('A001')
    for (let s = 1; s <= 3000; s++) expect(ticketNumber('B', s)).not.toBe('B000')
  })

  it('refuses a bad letter or sequence', () => {
    expect(() => ticketNumber('a', 1)).toThrow(RangeError)
    expect(() => ticketNumber('AB', 1)).toThrow(RangeError)
    expect(() => ticketNumber('A', 0)).toThrow(RangeError)
    expect(() => ticketNumber('A', 1.5)).toThrow(RangeError)
    expect(() => ticketNumber('A', Number.NaN)).toThrow(RangeError)
  })

  it('reads back what it writes', () => {
    expect(parseTicketNumber(ticketNumber('C', 42))).toEqual({ letter: 'C', digits: 42 })
    expect(parseTicketNumber('A000')).toBeNull()
    expect(parseTicketNumber('A23')).toBeNull()
    expect(parseTicketNumber('a023')).toBeNull()
  })
})

describe('serviceDay', () => {
  it('is the date in China, UTC+8', () => {
    // 15:59 UTC is 23:59 in Beijing; 16:00 UTC is already the next day there.
    expect(serviceDay(Date.UTC(2026, 10, 30, 15, 59))).toBe('2026-11-30')
    expect(serviceDay(Date.UTC(2026, 10, 30, 16, 0))).toBe('2026-12-01')
    expect(serviceDay(new Date(Date.UTC(2026, 11, 31, 20, 0)))).toBe('2027-01-01')
  })
})

describe('nextSequence', () => {
  const issued = [
    { departmentId: 'a', serviceDay: '2026-11-30', sequence: 1 },
    { departmentId: 'a', serviceDay: '2026-11-30', sequence: 7 },
    { departmentId: 'b', serviceDay: '2026-11-30', sequence: 40 },
    { departmentId: 'a', serviceDay: '2026-11-29', sequence: 90 },
  ]

  it('counts per department per service day', () => {
    expect(nextSequence(issued, 'a', '2026-11-30')).toBe(8)
    expect(nextSequence(issued, 'b', '2026-11-30')).toBe(41)
    expect(nextSequence(issued, 'a', '2026-12-01')).toBe(1)
    expect(nextSequence(issued, 'c', '2026-11-30')).toBe(1)
  })
})
