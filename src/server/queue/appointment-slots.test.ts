import { describe, expect, it } from 'vitest'
import { daySlots, isWorkingDay, nextWorkingDays, slotStartMs } from './appointment-slots'

describe('appointment slots', () => {
  it('has 30-minute slots 09:00-12:00 and 13:30-17:00 on working days only', () => {
    // 2026-12-01 is a Tuesday, 2026-12-05 a Saturday.
    const slots = daySlots('2026-12-01')
    expect(slots.map((s) => s.slice(11, 16))).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
      '16:30',
    ])
    expect(slots[0]).toBe('2026-12-01T09:00+08:00')
    expect(daySlots('2026-12-05')).toEqual([])
    expect(isWorkingDay('2026-12-06')).toBe(false)
    expect(isWorkingDay('2026-02-30')).toBe(false)
  })

  it('lists the next working days from a day, skipping the weekend', () => {
    expect(nextWorkingDays('2026-12-04', 5)).toEqual([
      '2026-12-04',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
    ])
    expect(nextWorkingDays('2026-12-05', 1)).toEqual(['2026-12-07'])
  })

  it('reads a slot start as China time and refuses anything off the grid', () => {
    expect(slotStartMs('2026-12-01T09:30+08:00')).toBe(Date.UTC(2026, 11, 1, 1, 30))
    for (const bad of [
      '2026-12-01T09:15+08:00',
      '2026-12-01T12:00+08:00',
      '2026-12-01T17:00+08:00',
      '2026-12-05T09:00+08:00',
      '2026-12-01T09:30Z',
      '2026-12-01 09:30',
      '2026-13-01T09:30+08:00',
      '',
    ])
      expect(slotStartMs(bad), bad).toBeNull()
  })
})
