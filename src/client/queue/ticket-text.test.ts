import { describe, expect, it } from 'vitest'
import type { TicketView } from './queue-api'
import {
  chinaDay,
  dayLabel,
  nextWorkingDays,
  normalisePhone,
  slotTime,
  validateBooking,
  validateCallback,
} from './contact-form-model'
import { positionText, ticketCardModel, waitText } from './ticket-text'

const ticket = (overrides: Partial<TicketView>): TicketView => ({
  id: 't/1',
  number: 'A023',
  hallId: 'city-centre',
  departmentId: 'tax',
  serviceId: null,
  status: 'waiting',
  position: 2,
  wait: { kind: 'estimate', waitMs: 11 * 60_000 + 1, basis: 'history' },
  counterId: null,
  counterNumber: null,
  callId: null,
  issuedAt: 0,
  ...overrides,
})

describe('ticket texts', () => {
  it('rounds a wait up to whole minutes, in both languages', () => {
    const wait = { kind: 'estimate', waitMs: 11 * 60_000 + 1, basis: 'history' } as const
    expect(waitText(wait, 'zh')).toBe('约12分钟')
    expect(waitText(wait, 'en')).toBe('about 12 minutes')
    expect(waitText({ ...wait, waitMs: 60_000 }, 'en')).toBe('about 1 minute')
    expect(waitText({ ...wait, waitMs: 59_999 }, 'zh')).toBe('不到1分钟')
    expect(waitText({ kind: 'no-clerk' }, 'en')).toBe('No clerk on duty right now')
    expect(waitText(null, 'en')).toBeNull()
  })

  it('says "next" at position 1', () => {
    expect(positionText(1, 'en')).toBe('You are next')
    expect(positionText(3, 'zh')).toBe('第3位')
    expect(positionText(null, 'zh')).toBeNull()
  })

  it('shows position and wait only while waiting, the window and call link once called', () => {
    const waiting = ticketCardModel(ticket({}), 'en')
    expect([waiting.positionText, waiting.waitText, waiting.calledText, waiting.callHref]).toEqual([
      '2 in the queue',
      'about 12 minutes',
      null,
      null,
    ])
    const called = ticketCardModel(ticket({ status: 'called', position: null, counterNumber: '05' }), 'zh')
    expect(called.calledText).toBe('请A023号到05号窗口')
    expect(called.callHref).toBe('/call?ticket=t%2F1')
    expect(called.positionText).toBeNull()
    expect(ticketCardModel(ticket({ status: 'called', counterNumber: '05' }), 'en').calledText).toBe(
      'Your number A023 is called to window 05',
    )
    const cancelled = ticketCardModel(ticket({ status: 'cancelled', position: null }), 'en')
    expect([cancelled.canCancel, cancelled.finished, cancelled.statusText]).toEqual([
      false,
      true,
      'Cancelled',
    ])
  })
})

describe('callback and booking validation', () => {
  const good = { name: '王芳', phone: '138 0013 8000', preferredDay: '2026-12-01', preferredPart: 'morning' }

  it('accepts a complete request, spaces in the number included', () => {
    expect(validateCallback(good, 'zh')).toEqual({})
    expect(normalisePhone(good.phone)).toBe('13800138000')
  })

  it('names each field at fault, in the visitor language', () => {
    expect(validateCallback({ name: ' ', phone: '', preferredDay: '', preferredPart: '' }, 'en')).toEqual({
      name: 'Enter your name',
      phone: 'Enter your mobile number',
      preferredDay: 'Choose a day',
      preferredPart: 'Choose morning or afternoon',
    })
    expect(validateCallback({ ...good, phone: '2380013800' }, 'zh')).toEqual({
      phone: '请输入11位手机号码，如13800138000',
    })
    expect(validateCallback({ ...good, name: '张'.repeat(51) }, 'en').name).toBe(
      'Name must be 50 characters or fewer',
    )
    expect(Object.keys(validateBooking({ name: '', phone: 'x', slotStart: '' }, 'en'))).toEqual([
      'slotStart',
      'name',
      'phone',
    ])
  })
})

describe('days and times in China time', () => {
  it('offers the next weekdays after today, skipping the weekend', () => {
    // Friday 4 December 2026, 23:30 in Beijing (15:30 UTC).
    const friday = new Date('2026-12-04T15:30:00Z')
    expect(chinaDay(friday)).toBe('2026-12-04')
    expect(nextWorkingDays(friday, 3)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09'])
    // 17:00 UTC is already Saturday in Beijing.
    expect(nextWorkingDays(new Date('2026-12-04T17:00:00Z'), 1)).toEqual(['2026-12-07'])
  })

  it('labels days and slot times for Beijing whatever the browser zone', () => {
    expect(dayLabel('2026-12-07', 'en')).toBe('Monday 7 December')
    expect(dayLabel('2026-12-07', 'zh')).toBe('12月7日星期一')
    expect(slotTime('2026-12-07T01:30:00Z')).toBe('09:30')
    expect(slotTime(Date.parse('2026-12-07T05:30:00Z'))).toBe('13:30')
  })
})
