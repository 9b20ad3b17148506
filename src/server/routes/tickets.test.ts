import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { serviceDay } from '../../shared/queue'
import { hashTicketToken } from '../queue/ticket-token'
import { addClerk } from '../clerks/testing/clerk-accounts'
import { queueSnapshot, serveTicket } from '../queue/testing/queue-rows'
import { buildTestApp, type TestApp } from '../testing/test-app'

let t: TestApp
beforeEach(async () => {
  t = await buildTestApp({ records: true, language: 'en' })
})
afterEach(async () => t.close())

type Taken = { ticket: { id: string; number: string; position: number | null; wait: unknown }; token: string }

const take = (payload: object, headers: Record<string, string> = {}) =>
  t.call({ method: 'POST', url: '/api/tickets', payload, headers })

async function takeOk(payload: object = {}, headers: Record<string, string> = {}): Promise<Taken> {
  const res = await take({ hallId: 'test-hall', departmentId: 'social-security', ...payload }, headers)
  if (res.statusCode !== 201) throw new Error(`take failed: ${res.statusCode} ${res.body}`)
  return res.json() as Taken
}

const read = (id: string, token?: string, headers: Record<string, string> = {}) =>
  t.call({
    method: 'GET',
    url: `/api/tickets/${id}`,
    headers: { ...(token !== undefined ? { 'x-onehall-ticket': token } : {}), ...headers },
  })

const positionOf = async (taken: Taken) => (await read(taken.ticket.id, taken.token)).json().ticket.position

async function signIn(citizenId = 'demo-01'): Promise<string> {
  const res = await t.call({ method: 'POST', url: '/api/identity/session', payload: { citizenId } })
  const cookie = res.cookies.find((c) => c.name === 'onehall_citizen')
  if (!cookie) throw new Error(`sign-in failed: ${res.statusCode}`)
  return `onehall_citizen=${cookie.value}`
}

describe('taking a ticket', () => {
  beforeEach(async () => {
    await addClerk(t.db, { departments: ['social-security'] })
    await addClerk(t.db, { departments: ['tax'], counterId: 'counter-03' })
  })

  it('issues A001 with its position, a default wait and a token stored only as its hash', async () => {
    const res = await take({
      hallId: 'test-hall',
      departmentId: 'social-security',
      serviceId: 'pension-enquiry',
    })
    expect(res.statusCode).toBe(201)
    const { ticket, token } = res.json()
    expect(ticket).toMatchObject({
      number: 'A001',
      hallId: 'test-hall',
      departmentId: 'social-security',
      serviceId: 'pension-enquiry',
      status: 'waiting',
      position: 1,
      wait: { kind: 'estimate', waitMs: 0, basis: 'default' },
      counterId: null,
      callId: null,
    })
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const row = await t.db.selectFrom('tickets').selectAll().executeTakeFirstOrThrow()
    expect(row.holder_token_hash).toBe(hashTicketToken(token))
    expect(JSON.stringify(row)).not.toContain(token)
    expect(row.service_day).toBe(serviceDay(Date.now()))
  })

  it('numbers each department separately and starts again each service day', async () => {
    await t.db
      .insertInto('tickets')
      .values({
        id: 'yesterday',
        hall_id: 'test-hall',
        department_id: 'social-security',
        service_id: null,
        number: 'A041',
        sequence: 41,
        service_day: '2020-01-01',
        status: 'done',
        flags: '[]',
        holder_token_hash: 'x',
        citizen_id: null,
        resume_code: null,
        application_reference: null,
        language: 'zh',
        clerk_id: null,
        counter_id: null,
        issued_at: 0,
        called_at: null,
        started_at: null,
        ended_at: null,
      })
      .execute()
    const numbers = []
    for (const departmentId of ['social-security', 'tax', 'social-security', 'social-security', 'tax'])
      numbers.push((await takeOk({ departmentId })).ticket.number)
    expect(numbers).toEqual(['A001', 'B001', 'A002', 'A003', 'B002'])
  })

  it('gives citizens taking tickets at the same moment different numbers', async () => {
    const taken = await Promise.all(Array.from({ length: 12 }, () => takeOk()))
    const numbers = taken.map((k) => k.ticket.number).sort()
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`))
    const positions = await Promise.all(taken.map(positionOf))
    expect([...positions].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1))
  })

  it('orders the queue by arrival with a head start for priority flags', async () => {
    const first = await takeOk()
    const second = await takeOk()
    const elderly = await takeOk({ flags: ['elderly'] })
    const third = await takeOk()
    const tax = await takeOk({ departmentId: 'tax' })
    expect(elderly.ticket.position).toBe(1)
    expect(await positionOf(elderly)).toBe(1)
    expect(await positionOf(first)).toBe(2)
    expect(await positionOf(second)).toBe(3)
    expect(await positionOf(third)).toBe(4)
    expect(await positionOf(tax)).toBe(1)
  })

  it('estimates the wait from the median of recent service times and the clerks on duty', async () => {
    const clerk = await addClerk(t.db, { departments: ['social-security', 'tax'] })
    const minutes = [4, 8, 6, 30]
    const now = Date.now()
    for (const [i, m] of minutes.entries()) {
      const done = await takeOk()
      await serveTicket(t.db, done.ticket.id, clerk, {
        startedAt: now - 3_600_000 + i * 1000,
        endedAt: now - 3_600_000 + i * 1000 + m * 60_000,
      })
    }
    const ahead = [await takeOk(), await takeOk()]
    const mine = await takeOk()
    // Median of 4, 6, 8, 30 minutes is 7; two ahead, two clerks on duty: 7 minutes.
    expect(mine.ticket.wait).toEqual({ kind: 'estimate', waitMs: 7 * 60_000, basis: 'history' })
    expect((await read(ahead[0]!.ticket.id, ahead[0]!.token)).json().ticket.wait.waitMs).toBe(0)
    await t.db.updateTable('clerks').set({ state: 'away' }).execute()
    expect((await read(mine.ticket.id, mine.token)).json().ticket.wait).toEqual({ kind: 'no-clerk' })
  })

  it('answers 409 no_clerk_on_duty with the alternatives when nobody of the department is on duty', async () => {
    await t.db.updateTable('clerks').set({ state: 'away' }).where('counter_id', '=', 'counter-01').execute()
    await addClerk(t.db, { departments: ['tax'] })
    await addClerk(t.db, { departments: ['social-security'], hallId: 'other-hall' })
    const before = await queueSnapshot(t.db)
    for (const lang of ['en', 'zh']) {
      const res = await take(
        { hallId: 'test-hall', departmentId: 'social-security' },
        { 'accept-language': lang },
      )
      expect(res.statusCode).toBe(409)
      expect(res.json().error).toMatchObject({
        code: 'no_clerk_on_duty',
        details: { alternatives: ['callback', 'appointment'] },
      })
      expect(res.json().error.message).toMatch(lang === 'en' ? /on duty/ : /在岗/)
    }
    expect(await queueSnapshot(t.db)).toEqual(before)
    expect((await take({ hallId: 'test-hall', departmentId: 'tax' })).statusCode).toBe(201)
  })

  it('gives a holder back their open ticket of a department instead of a second one', async () => {
    const first = await takeOk()
    const again = await take(
      { hallId: 'test-hall', departmentId: 'social-security' },
      { 'x-onehall-ticket': first.token },
    )
    expect(again.statusCode).toBe(200)
    expect(again.json()).toMatchObject({ ticket: { id: first.ticket.id }, token: first.token })
    const otherDepartment = await take(
      { hallId: 'test-hall', departmentId: 'tax' },
      { 'x-onehall-ticket': first.token },
    )
    expect(otherDepartment.statusCode).toBe(201)
    await t.call({
      method: 'POST',
      url: `/api/tickets/${first.ticket.id}/cancel`,
      headers: { 'x-onehall-ticket': first.token },
    })
    const afterCancel = await take(
      { hallId: 'test-hall', departmentId: 'social-security' },
      { 'x-onehall-ticket': first.token },
    )
    expect(afterCancel.statusCode).toBe(201)
    expect(afterCancel.json().ticket.number).toBe('A002')
  })

  it('ties a signed-in citizen to one open ticket per department across devices', async () => {
    const cookie = await signIn()
    const first = await takeOk({}, { cookie })
    const row = await t.db.selectFrom('tickets').select('citizen_id').executeTakeFirstOrThrow()
    expect(row.citizen_id).toBe('demo-01')
    // Another device, same citizen, no stored token: the same ticket with a new token.
    const again = await take({ hallId: 'test-hall', departmentId: 'social-security' }, { cookie })
    expect(again.statusCode).toBe(200)
    expect(again.json().ticket.id).toBe(first.ticket.id)
    expect(again.json().token).not.toBe(first.token)
    expect((await read(first.ticket.id, first.token)).statusCode).toBe(403)
    expect((await read(first.ticket.id, again.json().token)).statusCode).toBe(200)
    expect((await read(first.ticket.id, undefined, { cookie })).statusCode).toBe(200)
    // Another citizen is somebody else.
    const other = await take(
      { hallId: 'test-hall', departmentId: 'social-security' },
      { cookie: await signIn('demo-02') },
    )
    expect(other.statusCode).toBe(201)
    expect((await read(first.ticket.id, undefined, { cookie: await signIn('demo-02') })).statusCode).toBe(403)
    expect(await t.db.selectFrom('tickets').select('id').execute()).toHaveLength(2)
  })

  it('checks the token: wrong or missing 403, unknown ticket 404, in the request language', async () => {
    const mine = await takeOk()
    const other = await takeOk()
    expect((await read(mine.ticket.id, mine.token)).statusCode).toBe(200)
    for (const token of [other.token, '', 'x'.repeat(500), undefined]) {
      const res = await read(mine.ticket.id, token)
      expect(res.statusCode).toBe(403)
      expect(res.json().error.code).toBe('ticket_forbidden')
    }
    const zh = await read(mine.ticket.id, other.token, { 'accept-language': 'zh-CN' })
    expect(zh.json().error.message).toMatch(/号票/)
    expect((await read('no-such-ticket', mine.token)).statusCode).toBe(404)
    expect((await read('bad id!', mine.token)).statusCode).toBe(400)
    const before = await queueSnapshot(t.db)
    const cancel = await t.call({
      method: 'POST',
      url: `/api/tickets/${mine.ticket.id}/cancel`,
      headers: { 'x-onehall-ticket': other.token },
    })
    expect(cancel.statusCode).toBe(403)
    expect(await queueSnapshot(t.db)).toEqual(before)
  })

  it('cancels a waiting ticket once; those behind move up', async () => {
    const first = await takeOk()
    const second = await takeOk()
    const cancel = () =>
      t.call({
        method: 'POST',
        url: `/api/tickets/${first.ticket.id}/cancel`,
        headers: { 'x-onehall-ticket': first.token },
      })
    const res = await cancel()
    expect(res.statusCode).toBe(200)
    expect(res.json().ticket).toMatchObject({ status: 'cancelled', position: null, wait: null })
    expect(await positionOf(second)).toBe(1)
    const before = await queueSnapshot(t.db)
    const again = await cancel()
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('ticket_closed')
    expect(await queueSnapshot(t.db)).toEqual(before)
  })

  it('shows the counter and call once called, and no position', async () => {
    const mine = await takeOk()
    const clerk = await addClerk(t.db, { departments: ['social-security'], counterId: 'counter-02' })
    const callId = await serveTicket(t.db, mine.ticket.id, clerk, { counterId: 'counter-02' })
    expect((await read(mine.ticket.id, mine.token)).json().ticket).toMatchObject({
      status: 'called',
      position: null,
      wait: null,
      counterId: 'counter-02',
      counterNumber: '02',
      callId,
    })
  })

  it('links a draft by resume code, and an application only for its owner', async () => {
    const draft = await t.call({
      method: 'POST',
      url: '/api/drafts',
      payload: { serviceId: 'pension-enquiry', hallId: 'test-hall' },
    })
    // The fixture hall's services have no flow, so no draft can exist; insert one as the drafts module would.
    expect(draft.statusCode).toBe(404)
    const now = new Date().toISOString()
    await t.db
      .insertInto('drafts')
      .values({
        resume_code: 'K7QM3XPD',
        service_id: 'pension-enquiry',
        hall_id: 'test-hall',
        citizen_id: null,
        answers: '{}',
        page_id: null,
        created_at: now,
        updated_at: now,
        expires_at: now,
        submitted_at: null,
      })
      .execute()
    const linked = await takeOk({ resumeCode: 'k7qm-3xpd' })
    const row = await t.db
      .selectFrom('tickets')
      .select(['resume_code', 'application_reference'])
      .where('id', '=', linked.ticket.id)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ resume_code: 'K7QM3XPD', application_reference: null })
    const before = await queueSnapshot(t.db)
    for (const [payload, field] of [
      [{ resumeCode: 'AAAA-AAAA' }, 'resumeCode'],
      [{ resumeCode: 'not a code' }, 'resumeCode'],
      [{ applicationReference: 'A-20261130-0001' }, 'applicationReference'],
    ] as const) {
      const res = await take({ hallId: 'test-hall', departmentId: 'tax', ...payload })
      expect(res.statusCode).toBe(400)
      expect(res.json().error.details.fields[0].fieldId).toBe(field)
    }
    expect(await queueSnapshot(t.db)).toEqual(before)
  })
})

describe('tickets survive a restart', () => {
  it('keeps every ticket, number and position after the server and database are closed and reopened', async () => {
    await addClerk(t.db, { departments: ['social-security', 'tax'] })
    const tickets = [
      await takeOk(),
      await takeOk({ departmentId: 'tax' }),
      await takeOk(),
      await takeOk({ flags: ['pregnant'] }),
      await takeOk(),
    ]
    const views = async () => Promise.all(tickets.map(async (k) => (await read(k.ticket.id, k.token)).json()))
    const before = await views()
    expect(before.map((v) => v.ticket.position)).toEqual([2, 1, 3, 1, 4])

    await t.stop()
    t = await buildTestApp({ records: true, language: 'en', reuse: t.folders })
    const after = await views()
    expect(after).toEqual(before)
    expect((await takeOk()).ticket.number).toBe('A005')
  })
})
