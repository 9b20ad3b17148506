import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInChina } from '../../shared/validation'
import { addDays, nextWorkingDays } from '../queue/appointment-slots'
import { listOpenCallbacks } from '../queue/callbacks'
import { listSlots, listUpcomingAppointments } from '../queue/appointments'
import { queueSnapshot } from '../queue/testing/queue-rows'
import { buildTestApp, type TestApp } from '../testing/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp({ records: true, language: 'en' })
})
afterAll(async () => t.close())

const today = todayInChina()
const nextWorkingDay = nextWorkingDays(addDays(today, 1), 1)[0]!
const saturday = nextWorkingDays(addDays(today, 1), 10).find(
  (d, i, all) => all[i + 1] && addDays(d, 3) === all[i + 1],
)
const weekendDay = addDays(saturday!, 1)
const callback = {
  hallId: 'test-hall',
  departmentId: 'social-security',
  serviceId: 'pension-enquiry',
  name: ' 王小明 ',
  phone: '+86 139-1234-5678',
  preferredDay: nextWorkingDay,
  preferredPart: 'morning',
}

const post = (url: string, payload: unknown, lang = 'en') =>
  t.call({
    method: 'POST',
    url,
    payload: payload as object,
    headers: { 'accept-language': lang, 'content-type': 'application/json' },
  })

const fieldIds = (body: { error: { details: { fields: { fieldId: string }[] } } }) =>
  body.error.details.fields.map((f) => f.fieldId)

describe('callbacks', () => {
  it('stores a request with a cleaned name and phone, visible to the clerks', async () => {
    const res = await post('/api/callbacks', callback)
    expect(res.statusCode).toBe(201)
    expect(res.json().callback).toMatchObject({
      hallId: 'test-hall',
      departmentId: 'social-security',
      serviceId: 'pension-enquiry',
      name: '王小明',
      phone: '13912345678',
      preferredDay: nextWorkingDay,
      preferredPart: 'morning',
      status: 'open',
    })
    const listed = await listOpenCallbacks(t.db, 'test-hall', ['social-security'])
    expect(listed.map((c) => c.id)).toContain(res.json().callback.id)
    expect(await listOpenCallbacks(t.db, 'test-hall', ['tax'])).toEqual([])
  })

  it.each([
    ['a bad phone', { phone: '12345' }, ['phone']],
    ['a day in the past', { preferredDay: addDays(today, -1) }, ['preferredDay']],
    ['a weekend day', { preferredDay: weekendDay }, ['preferredDay']],
    ['a day past the horizon', { preferredDay: addDays(today, 400) }, ['preferredDay']],
    ['a date that does not exist', { preferredDay: '2026-02-30' }, ['preferredDay']],
    ['an empty name and a bad phone', { name: '  ', phone: '1391234567x' }, ['name', 'phone']],
    ['an unknown part of the day', { preferredPart: 'night' }, ['preferredPart']],
    ['a phone as a number', { phone: 13912345678 }, ['phone']],
    ['a name too long', { name: '名'.repeat(201) }, ['name']],
    ['an unknown department', { departmentId: 'police' }, ['departmentId']],
    ['a service of another department', { serviceId: 'tax-registration' }, ['serviceId']],
  ])('%s -> 400 with field errors, nothing stored', async (_name, change, fields) => {
    const before = await queueSnapshot(t.db)
    const res = await post('/api/callbacks', { ...callback, ...change })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('invalid_fields')
    expect(fieldIds(res.json())).toEqual(fields)
    expect(await queueSnapshot(t.db)).toEqual(before)
  })

  it('words field errors in Chinese for a Chinese request', async () => {
    const before = await queueSnapshot(t.db)
    const res = await post('/api/callbacks', { ...callback, phone: '555', preferredDay: weekendDay }, 'zh')
    expect(res.json().error.details.fields).toEqual([
      { fieldId: 'phone', message: '请填写11位手机号码，如 139 1234 5678' },
      { fieldId: 'preferredDay', message: '请选择今天起60天内的一个工作日' },
    ])
    expect(await queueSnapshot(t.db)).toEqual(before)
  })

  it('refuses malformed JSON and unknown fields', async () => {
    const before = await queueSnapshot(t.db)
    expect((await post('/api/callbacks', '{"name":')).json().error.code).toBe('invalid_json')
    const extra = await post('/api/callbacks', { ...callback, email: 'a@b.c' })
    expect(fieldIds(extra.json())).toEqual(['email'])
    expect(await queueSnapshot(t.db)).toEqual(before)
  })
})

describe('appointments', () => {
  const from = nextWorkingDays(addDays(today, 7), 1)[0]!
  const slotsUrl = (query: string) => `/api/appointments/slots?${query}`

  it('lists 13 half-hour slots on each of the next five working days', async () => {
    const res = await t.call({
      method: 'GET',
      url: slotsUrl(`hallId=test-hall&departmentId=tax&from=${from}`),
    })
    expect(res.statusCode).toBe(200)
    const slots: { start: string; available: boolean }[] = res.json().slots
    expect(slots).toHaveLength(5 * 13)
    expect(slots[0]).toEqual({ start: `${from}T09:00+08:00`, available: true })
    expect(new Set(slots.map((s) => s.start.slice(0, 10)))).toEqual(new Set(nextWorkingDays(from, 5)))
    expect(slots.map((s) => s.start.slice(11, 16))).not.toContain('12:00')
  })

  it('shows slots already begun as unavailable', async () => {
    // 2026-12-01 is a Tuesday; at 10:10 China time the 09:00, 09:30 and 10:00 slots have begun.
    const slots = await listSlots(
      t.db,
      'test-hall',
      'tax',
      '2026-12-01',
      Date.parse('2026-12-01T10:10+08:00'),
    )
    expect(slots.slice(0, 5)).toEqual([
      { start: '2026-12-01T09:00+08:00', available: false },
      { start: '2026-12-01T09:30+08:00', available: false },
      { start: '2026-12-01T10:00+08:00', available: false },
      { start: '2026-12-01T10:30+08:00', available: true },
      { start: '2026-12-01T11:00+08:00', available: true },
    ])
  })

  it('lists from today when asked for a day already past', async () => {
    const res = await t.call({
      method: 'GET',
      url: slotsUrl(`hallId=test-hall&departmentId=tax&from=${addDays(today, -30)}`),
    })
    expect(res.json().slots[0].start.slice(0, 10)).toBe(nextWorkingDays(today, 1)[0])
  })

  it('books a slot once: the second booking is 409 slot_taken and the slot shows as taken', async () => {
    const slotStart = `${from}T10:30+08:00`
    const booking = {
      hallId: 'test-hall',
      departmentId: 'tax',
      slotStart,
      name: 'Li Lei',
      phone: '13800138000',
    }
    const first = await post('/api/appointments', booking)
    expect(first.statusCode).toBe(201)
    expect(first.json().appointment).toMatchObject({ slotStart, status: 'booked', departmentId: 'tax' })
    const before = await queueSnapshot(t.db)
    for (const lang of ['en', 'zh']) {
      const second = await post('/api/appointments', { ...booking, name: 'Han Meimei' }, lang)
      expect(second.statusCode).toBe(409)
      expect(second.json().error.code).toBe('slot_taken')
      expect(second.json().error.message).toMatch(lang === 'en' ? /booked/ : /预约/)
    }
    expect(await queueSnapshot(t.db)).toEqual(before)
    const slots = await t.call({
      method: 'GET',
      url: slotsUrl(`hallId=test-hall&departmentId=tax&from=${from}`),
    })
    expect(slots.json().slots.find((s: { start: string }) => s.start === slotStart).available).toBe(false)
    // The same time at another department is a different slot.
    expect(
      (await post('/api/appointments', { ...booking, departmentId: 'social-security' })).statusCode,
    ).toBe(201)
    const upcoming = await listUpcomingAppointments(t.db, 'test-hall', ['tax'], `${today}T00:00+08:00`)
    expect(upcoming.map((a) => a.slotStart)).toEqual([slotStart])
  })

  const pastDay = nextWorkingDays(addDays(today, -10), 1)[0]!
  it.each([
    ['a time off the grid', { slotStart: `${from}T09:15+08:00` }, ['slotStart']],
    ['a lunchtime slot', { slotStart: `${from}T12:00+08:00` }, ['slotStart']],
    ['a slot in the past', { slotStart: `${pastDay}T09:00+08:00` }, ['slotStart']],
    ['a slot without the China offset', { slotStart: `${from}T09:00Z` }, ['slotStart']],
    [
      'a slot past the horizon',
      { slotStart: `${nextWorkingDays(addDays(today, 90), 1)[0]}T09:00+08:00` },
      ['slotStart'],
    ],
    ['a bad phone', { phone: '010-1234567' }, ['phone']],
    ['a missing name', { name: undefined }, ['name']],
    ['an unknown hall', { hallId: 'nowhere' }, ['hallId']],
  ])('%s -> 400 with field errors, nothing stored', async (_name, change, fields) => {
    const payload = {
      hallId: 'test-hall',
      departmentId: 'tax',
      slotStart: `${from}T11:30+08:00`,
      name: 'Li Lei',
      phone: '13800138000',
      ...change,
    }
    const before = await queueSnapshot(t.db)
    const res = await post('/api/appointments', payload)
    expect(res.statusCode).toBe(400)
    expect(fieldIds(res.json())).toEqual(fields)
    expect(await queueSnapshot(t.db)).toEqual(before)
  })

  it.each([
    ['hallId=test-hall', 'departmentId'],
    ['hallId=test-hall&departmentId=tax&from=tomorrow', 'from'],
    [`hallId=test-hall&departmentId=tax&from=${addDays(today, 365)}`, 'from'],
    ['hallId=test-hall&departmentId=tax&colour=red', 'colour'],
  ])('GET slots?%s -> 400 on %s', async (query, field) => {
    const res = await t.call({ method: 'GET', url: slotsUrl(query) })
    expect(res.statusCode).toBe(400)
    expect(fieldIds(res.json())).toEqual([field])
  })
})
