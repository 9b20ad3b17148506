import { describe, expect, it } from 'vitest'
import { checkDate, isRealDate, parseIsoDate, resolveDateBound, shiftDate, todayInChina } from './date'

const TODAY = '2026-11-30'

describe('dates', () => {
  it('knows real calendar dates, leap years included', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true)
    expect(isRealDate(2023, 2, 29)).toBe(false)
    expect(isRealDate(1900, 2, 29)).toBe(false)
    expect(isRealDate(2000, 2, 29)).toBe(true)
    expect(isRealDate(2026, 4, 31)).toBe(false)
    expect(isRealDate(2026, 13, 1)).toBe(false)
    expect(isRealDate(2026, 0, 1)).toBe(false)
    expect(parseIsoDate('2026-02-30')).toBeNull()
    expect(parseIsoDate('0050-01-31')).toEqual({ year: 50, month: 1, day: 31 })
  })

  it('takes today in China, eight hours ahead of UTC', () => {
    expect(todayInChina(new Date('2026-11-30T15:59:00Z'))).toBe('2026-11-30')
    expect(todayInChina(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01')
  })

  it('shifts dates, clamping to the end of the month', () => {
    expect(shiftDate('2024-02-29', { years: 1 })).toBe('2025-02-28')
    expect(shiftDate('2026-11-30', { years: -16 })).toBe('2010-11-30')
    expect(shiftDate('2026-03-31', { months: -1 })).toBe('2026-02-28')
    expect(shiftDate('2026-12-31', { days: 1 })).toBe('2027-01-01')
    expect(resolveDateBound('today', TODAY)).toBe(TODAY)
    expect(resolveDateBound({ days: -1 }, TODAY)).toBe('2026-11-29')
  })

  it('normalises good dates', () => {
    expect(checkDate('2024-3-5', {}, TODAY)).toEqual({ ok: true, value: '2024-03-05' })
    expect(checkDate(' 2024-02-29 ', {}, TODAY)).toEqual({ ok: true, value: '2024-02-29' })
  })

  it.each([
    [undefined, {}, 'empty'],
    ['', {}, 'empty'],
    [20240305, {}, 'not-text'],
    ['05/03/2024', {}, 'format'],
    ['2024-03-05T00:00', {}, 'format'],
    ['2023-02-29', {}, 'not-real'],
    ['2026-02-30', {}, 'not-real'],
    [TODAY, { time: 'past' }, 'not-past'],
    ['2026-12-01', { time: 'past-or-today' }, 'not-past-or-today'],
    [TODAY, { time: 'future' }, 'not-future'],
    ['2026-11-29', { time: 'today-or-future' }, 'not-today-or-future'],
  ] as const)('rejects %j with %j as %s', (input, rule, reason) => {
    const result = checkDate(input, rule, TODAY)
    expect(result.ok === false && result.reason).toBe(reason)
  })

  it('applies time rules that pass', () => {
    expect(checkDate('2026-11-29', { time: 'past' }, TODAY).ok).toBe(true)
    expect(checkDate(TODAY, { time: 'past-or-today' }, TODAY).ok).toBe(true)
    expect(checkDate('2026-12-01', { time: 'future' }, TODAY).ok).toBe(true)
    expect(checkDate(TODAY, { time: 'today-or-future' }, TODAY).ok).toBe(true)
  })

  it('applies fixed and relative bounds, inclusive, and names the bound broken', () => {
    const under16 = { min: { years: -16 } }
    expect(checkDate('2010-11-30', under16, TODAY).ok).toBe(true)
    expect(checkDate('2010-11-29', under16, TODAY)).toEqual({
      ok: false,
      reason: 'before-min',
      bound: '2010-11-30',
    })
    expect(checkDate('1899-12-31', { min: '1900-01-01' }, TODAY)).toEqual({
      ok: false,
      reason: 'before-min',
      bound: '1900-01-01',
    })
    expect(checkDate('2027-01-01', { max: 'today' }, TODAY)).toEqual({
      ok: false,
      reason: 'after-max',
      bound: TODAY,
    })
  })
})
