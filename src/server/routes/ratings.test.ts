import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { serviceDay } from '../../shared/queue'
import { addWorkingDays } from '../applications/working-days'
import { rateTicket } from '../queue/ratings'
import { findTicketRow } from '../queue/ticket-rows'
import { addClerk } from '../clerks/testing/clerk-accounts'
import { queueSnapshot, serveTicket } from '../queue/testing/queue-rows'
import { buildTestApp, type TestApp } from '../testing/test-app'

let t: TestApp
let clerk: string
beforeEach(async () => {
  t = await buildTestApp({ records: true, language: 'en' })
  clerk = await addClerk(t.db, { departments: ['social-security'] })
})
afterEach(async () => t.close())

async function servedTicket(): Promise<{ id: string; token: string }> {
  const res = await t.call({
    method: 'POST',
    url: '/api/tickets',
    payload: { hallId: 'test-hall', departmentId: 'social-security' },
  })
  const { ticket, token } = res.json()
  const now = Date.now()
  await serveTicket(t.db, ticket.id, clerk, { startedAt: now - 300_000, endedAt: now - 1000 })
  return { id: ticket.id, token }
}

const rate = (ticket: { id: string; token: string }, payload: unknown, lang = 'en') =>
  t.call({
    method: 'POST',
    url: `/api/tickets/${ticket.id}/rating`,
    payload: payload as object,
    headers: {
      'x-onehall-ticket': ticket.token,
      'accept-language': lang,
      'content-type': 'application/json',
    },
  })

const followUp = (ticket: { id: string; token: string }) =>
  t.call({
    method: 'GET',
    url: `/api/tickets/${ticket.id}/follow-up`,
    headers: { 'x-onehall-ticket': ticket.token },
  })

describe('ratings', () => {
  it('records a good rating without a follow-up', async () => {
    const ticket = await servedTicket()
    const res = await rate(ticket, { level: 5, comment: '  Quick and kind  ' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      rating: { ticketId: ticket.id, level: 5, comment: 'Quick and kind' },
      followUp: null,
    })
    expect((await followUp(ticket)).json()).toEqual({ followUp: null })
  })

  it.each([2, 1])(
    'level %i opens a follow-up due in 15 working days that the holder can see',
    async (level) => {
      const ticket = await servedTicket()
      const res = await rate(ticket, { level })
      expect(res.statusCode).toBe(201)
      const due = addWorkingDays(serviceDay(Date.now()), 15)
      expect(res.json().followUp).toEqual({ id: expect.any(String), status: 'open', dueDate: due })
      expect((await followUp(ticket)).json()).toEqual({ followUp: res.json().followUp })
      const row = await t.db.selectFrom('follow_ups').selectAll().executeTakeFirstOrThrow()
      expect(row).toMatchObject({
        ticket_id: ticket.id,
        hall_id: 'test-hall',
        department_id: 'social-security',
      })
    },
  )

  it('counts 15 working days over weekends from the service day', async () => {
    const ticket = await servedTicket()
    const row = await findTicketRow(t.db, ticket.id)
    // Tuesday 1 December 2026, 20:00 China time: 15 working days later is Tuesday 22 December.
    const result = await rateTicket(
      t.db,
      row!,
      { level: 2, comment: null },
      'en',
      Date.parse('2026-12-01T20:00+08:00'),
    )
    expect(result.followUp?.dueDate).toBe('2026-12-22')
  })

  it('rates only a completed service, and only once', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/tickets',
      payload: { hallId: 'test-hall', departmentId: 'social-security' },
    })
    const waiting = { id: res.json().ticket.id, token: res.json().token }
    const before = await queueSnapshot(t.db)
    const early = await rate(waiting, { level: 1 })
    expect(early.statusCode).toBe(409)
    expect(early.json().error.code).toBe('not_served')
    expect(await queueSnapshot(t.db)).toEqual(before)

    const served = await servedTicket()
    expect((await rate(served, { level: 2 })).statusCode).toBe(201)
    const afterFirst = await queueSnapshot(t.db)
    const again = await rate(served, { level: 5 }, 'zh')
    expect(again.statusCode).toBe(409)
    expect(again.json().error).toMatchObject({ code: 'already_rated', message: '您已评价过这次服务。' })
    expect(await queueSnapshot(t.db)).toEqual(afterFirst)
  })

  it('needs the ticket token to rate or to see the follow-up', async () => {
    const ticket = await servedTicket()
    const other = await servedTicket()
    const before = await queueSnapshot(t.db)
    expect((await rate({ id: ticket.id, token: other.token }, { level: 1 })).statusCode).toBe(403)
    expect((await followUp({ id: ticket.id, token: 'nope' })).statusCode).toBe(403)
    expect((await rate({ id: 'unknown-ticket', token: other.token }, { level: 1 })).statusCode).toBe(404)
    expect(await queueSnapshot(t.db)).toEqual(before)
  })

  it.each([
    ['malformed JSON', '{"level": ', 'invalid_json', null],
    ['level 0', { level: 0 }, 'invalid_fields', 'level'],
    ['level 6', { level: 6 }, 'invalid_fields', 'level'],
    ['level as text', { level: '2' }, 'invalid_fields', 'level'],
    ['a fractional level', { level: 2.5 }, 'invalid_fields', 'level'],
    ['no level', { comment: 'hi' }, 'invalid_fields', 'level'],
    ['a comment too long', { level: 3, comment: 'x'.repeat(501) }, 'invalid_fields', 'comment'],
    ['an unknown field', { level: 3, stars: 3 }, 'invalid_fields', 'stars'],
  ])('%s -> 400, nothing stored', async (_name, payload, code, field) => {
    const ticket = await servedTicket()
    const before = await queueSnapshot(t.db)
    const res = await rate(ticket, payload)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe(code)
    if (field)
      expect(res.json().error.details.fields.map((f: { fieldId: string }) => f.fieldId)).toEqual([field])
    expect(await queueSnapshot(t.db)).toEqual(before)
  })
})
