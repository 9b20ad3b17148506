import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openClerkDesk, resetClerkDesk } from '../testing/clerk-session'
import { clerkSnapshot, signInClerk } from '../clerks/testing/clerk-accounts'
import { insertTicket, type TestTicket } from '../queue/testing/queue-rows'
import type { ClerkTestApp, SignedInClerk } from '../testing/test-app'

let t: ClerkTestApp
let social: SignedInClerk
let other: SignedInClerk
let supervisor: SignedInClerk

beforeAll(async () => {
  ;({ t, social, other } = await openClerkDesk())
  supervisor = await signInClerk(t, 'supervisor')
})
afterAll(async () => t.close())
beforeEach(() => resetClerkDesk(t, ['access_log', 'application_status_history', 'applications', 'drafts']))

const post = (url: string, as: SignedInClerk, payload?: object) =>
  t.call({ method: 'POST', url, as, ...(payload ? { payload } : {}) })
const get = (url: string, as: SignedInClerk) => t.call({ method: 'GET', url, as })

/** Inserts a ticket and has `social` call it; returns the ticket and its call id. */
async function called(spec: TestTicket = {}) {
  const ticket = await insertTicket(t, spec)
  const res = await post('/api/clerk/call-next', social)
  if (res.statusCode !== 200) throw new Error(res.body)
  return { ...ticket, callId: res.json().callId as string }
}

async function citizenCookie(citizenId: string) {
  const res = await t.call({ method: 'POST', url: '/api/identity/session', payload: { citizenId } })
  const cookie = res.cookies.find((c) => c.name === 'onehall_citizen')!
  return `onehall_citizen=${cookie.value}`
}

async function insertDraft(resumeCode: string, citizenId: string | null, answers: object, submitted = false) {
  await t.db
    .insertInto('drafts')
    .values({
      resume_code: resumeCode,
      service_id: 'pension-enquiry',
      hall_id: 'test-hall',
      citizen_id: citizenId,
      answers: JSON.stringify(answers),
      page_id: 'who',
      created_at: '2026-11-30T00:00:00.000Z',
      updated_at: '2026-11-30T00:00:00.000Z',
      expires_at: '2026-12-30T00:00:00.000Z',
      submitted_at: submitted ? '2026-11-30T01:00:00.000Z' : null,
    })
    .execute()
}

async function insertApplication(reference: string, citizenId: string | null, resumeCode: string) {
  await insertDraft(resumeCode, citizenId, {}, true)
  await t.db
    .insertInto('applications')
    .values({
      reference,
      resume_code: resumeCode,
      service_id: 'pension-enquiry',
      hall_id: 'test-hall',
      department_id: 'social-security',
      citizen_id: citizenId,
      answers: JSON.stringify({ applicant: 'myself', mobile: '13800138001' }),
      language: 'zh',
      status: 'submitted',
      submitted_at: '2026-11-30T01:00:00.000Z',
      expected_by: '2026-12-07',
    })
    .execute()
  await t.db
    .insertInto('application_status_history')
    .values({
      reference,
      at: '2026-11-30T01:00:00.000Z',
      status: 'submitted',
      note_zh: '已收到',
      note_en: 'Received',
    })
    .execute()
}

describe('context before answering', () => {
  it('shows the assigned clerk the application and logs exactly one look in the citizen’s access log', async () => {
    await insertApplication('A-20261130-0001', 'demo-01', 'K7QM3XPD')
    const ticket = await called({
      citizenId: 'demo-01',
      serviceId: 'pension-enquiry',
      applicationReference: 'A-20261130-0001',
    })
    const res = await get(`/api/clerk/tickets/${ticket.id}/context`, social)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.ticket).toMatchObject({
      id: ticket.id,
      number: ticket.number,
      status: 'called',
      callId: ticket.callId,
    })
    expect(body.service).toMatchObject({ id: 'pension-enquiry', name: { en: 'Pension enquiry' } })
    expect(body.citizen).toEqual({ displayName: { zh: '王建国', en: 'Wang Jianguo' } })
    expect(body.application).toEqual({
      reference: 'A-20261130-0001',
      answers: { applicant: 'myself', mobile: '13800138001' },
      status: 'submitted',
    })
    expect(body.draft).toBeUndefined()

    const log = await t.call({
      method: 'GET',
      url: '/api/me/access-log',
      headers: { cookie: await citizenCookie('demo-01') },
    })
    expect(log.json().entries).toEqual([
      {
        at: expect.any(String),
        actor: { kind: 'clerk', name: '社会保障窗口工作人员' },
        register: 'applications',
        purpose: `视频窗口：号码${ticket.number}`,
        serviceId: 'pension-enquiry',
      },
    ])
    expect(await t.db.selectFrom('access_log').selectAll().execute()).toHaveLength(1)
  })

  it('shows a draft by its resume code, logged in the citizen’s language', async () => {
    await insertDraft('ABCD2345', 'demo-02', { applicant: 'child' })
    const ticket = await called({ citizenId: 'demo-02', resumeCode: 'abcd-2345', language: 'en' })
    const body = (await get(`/api/clerk/tickets/${ticket.id}/context`, social)).json()
    expect(body.draft).toEqual({ answers: { applicant: 'child' }, pageId: 'who' })
    expect(body.service.id).toBe('pension-enquiry')
    const rows = await t.db.selectFrom('access_log').selectAll().execute()
    expect(rows).toMatchObject([
      {
        citizen_id: 'demo-02',
        actor_kind: 'clerk',
        actor_name: 'Social Security clerk',
        register: 'drafts',
        purpose: `video counter: ticket ${ticket.number}`,
      },
    ])
  })

  it('does not open another citizen’s application by its reference', async () => {
    await insertApplication('A-20261130-0002', 'demo-03', 'ZZZZ2345')
    const ticket = await called({ citizenId: 'demo-01', applicationReference: 'A-20261130-0002' })
    const body = (await get(`/api/clerk/tickets/${ticket.id}/context`, social)).json()
    expect(body.application).toBeUndefined()
    const rows = await t.db.selectFrom('access_log').selectAll().execute()
    expect(rows).toMatchObject([{ citizen_id: 'demo-01', register: 'tickets' }])
  })

  it('an anonymous ticket writes no log row', async () => {
    const ticket = await called()
    const res = await get(`/api/clerk/tickets/${ticket.id}/context`, social)
    expect(res.statusCode).toBe(200)
    expect(res.json().citizen).toBeNull()
    expect(await t.db.selectFrom('access_log').selectAll().execute()).toEqual([])
  })

  it('refuses other clerks, waiting tickets and bad ids, and logs nothing', async () => {
    const ticket = await called({ citizenId: 'demo-01' })
    const waiting = await insertTicket(t, { citizenId: 'demo-02' })
    for (const [as, id] of [
      [other, ticket.id],
      [supervisor, ticket.id],
      [social, waiting.id],
      [social, 'no-such-ticket'],
    ] as const) {
      const res = await get(`/api/clerk/tickets/${id}/context?lang=en`, as)
      expect(res.statusCode).toBe(404)
      expect(res.json().error).toEqual({
        code: 'ticket_not_found',
        message: 'No such ticket has been called to your counter.',
      })
    }
    const bad = await get('/api/clerk/tickets/bad%20id!/context', social)
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.code).toBe('invalid_fields')
    expect(await t.db.selectFrom('access_log').selectAll().execute()).toEqual([])
  })
})

describe('moving the called ticket', () => {
  it('start: called -> serving; a second start is refused in zh with the status', async () => {
    const ticket = await called()
    const res = await post(`/api/clerk/tickets/${ticket.id}/start`, social)
    expect(res.statusCode).toBe(200)
    expect(res.json().ticket).toMatchObject({ status: 'serving', callId: ticket.callId })
    const before = await clerkSnapshot(t.db)
    const again = await post(`/api/clerk/tickets/${ticket.id}/start`, social)
    expect(again.statusCode).toBe(409)
    expect(again.json().error).toEqual({
      code: 'ticket_state',
      message: `号码${ticket.number}当前状态为“办理中”，不能执行此操作。`,
    })
    expect(await clerkSnapshot(t.db)).toEqual(before)
    expect((await post(`/api/clerk/tickets/${ticket.id}/start`, other)).statusCode).toBe(404)
  })

  it('no-show ends the call and frees the clerk; the hub hears the call ended', async () => {
    const ticket = await called()
    const res = await post(`/api/clerk/tickets/${ticket.id}/no-show`, social)
    expect(res.json().ticket.status).toBe('no-show')
    const call = await t.db
      .selectFrom('calls')
      .selectAll()
      .where('id', '=', ticket.callId)
      .executeTakeFirstOrThrow()
    expect(call.ended_at).not.toBeNull()
    const clerk = await t.db
      .selectFrom('clerks')
      .select('state')
      .where('id', '=', social.id)
      .executeTakeFirstOrThrow()
    expect(clerk.state).toBe('available')
    expect(t.published).toEqual([
      {
        topic: `call:${ticket.callId}`,
        message: { type: 'call.event', callId: ticket.callId, event: 'ended', at: expect.any(Number) },
      },
    ])
  })

  it('requeue puts the ticket back at its place and drops the call; it is called again next', async () => {
    const now = Date.now()
    const first = await called({ issuedAt: now - 5_000 })
    const behind = await insertTicket(t, { issuedAt: now - 1_000 })
    const res = await post(`/api/clerk/tickets/${first.id}/requeue`, social)
    expect(res.json().ticket).toMatchObject({ status: 'waiting', counterId: null, callId: null })
    expect(await t.db.selectFrom('calls').selectAll().where('id', '=', first.callId).execute()).toEqual([])
    const queue = (await get('/api/clerk/queue', social)).json()
    expect(queue.departments[0].waiting.map((w: { ticketId: string }) => w.ticketId)).toEqual([
      first.id,
      behind.id,
    ])
    const next = await post('/api/clerk/call-next', social)
    expect(next.json().ticket.id).toBe(first.id)
    expect(next.json().callId).not.toBe(first.callId)
  })
})

describe('end and wrap-up', () => {
  it('end: ticket done, call ended, clerk in wrap-up, call.event ended published; then wrap-up updates the application', async () => {
    await insertApplication('A-20261130-0003', 'demo-01', 'QWER2345')
    const ticket = await called({ citizenId: 'demo-01', applicationReference: 'A-20261130-0003' })
    await post(`/api/clerk/tickets/${ticket.id}/start`, social)
    const early = await post(`/api/clerk/calls/${ticket.callId}/wrap-up`, social, {
      outcome: 'accepted',
      notes: '',
    })
    expect(early.statusCode).toBe(409)
    expect(early.json().error.code).toBe('call_not_ended')

    const end = await post(`/api/clerk/calls/${ticket.callId}/end`, social)
    expect(end.statusCode).toBe(200)
    expect(end.json().ticket.status).toBe('done')
    expect(end.json().clerk.state).toBe('wrap-up')
    const row = await t.db
      .selectFrom('tickets')
      .selectAll()
      .where('id', '=', ticket.id)
      .executeTakeFirstOrThrow()
    expect(row.ended_at).not.toBeNull()
    const state = async () =>
      (await t.db.selectFrom('clerks').select('state').where('id', '=', social.id).executeTakeFirstOrThrow())
        .state
    expect(await state()).toBe('wrap-up')
    expect(t.published.map((p) => [p.topic, p.message.type])).toEqual([
      [`call:${ticket.callId}`, 'call.event'],
    ])
    expect((await post(`/api/clerk/calls/${ticket.callId}/end`, social)).statusCode).toBe(409)
    expect((await post(`/api/clerk/calls/${ticket.callId}/end`, other)).statusCode).toBe(404)

    const wrap = await post(`/api/clerk/calls/${ticket.callId}/wrap-up`, social, {
      outcome: 'more-documents',
      notes: 'Needs the household booklet',
    })
    expect(wrap.statusCode).toBe(200)
    expect(wrap.json()).toEqual({
      call: {
        id: ticket.callId,
        outcome: 'more-documents',
        notes: 'Needs the household booklet',
        wrappedUpAt: expect.any(Number),
      },
      application: { reference: 'A-20261130-0003', status: 'more-documents' },
      clerk: expect.objectContaining({ id: social.id, state: 'available' }),
    })
    expect(await state()).toBe('available')
    const tracked = await t.call({
      method: 'GET',
      url: '/api/applications/A-20261130-0003?lang=en',
      headers: { cookie: await citizenCookie('demo-01') },
    })
    expect(tracked.json().application.status).toBe('more-documents')
    expect(tracked.json().history.map((h: { status: string }) => h.status)).toEqual([
      'submitted',
      'more-documents',
    ])
    expect(tracked.json().history[1].note.en).toMatch(/More documents are needed/)
    expect(JSON.stringify(tracked.json())).not.toContain('household booklet')

    const twice = await post(`/api/clerk/calls/${ticket.callId}/wrap-up`, social, { outcome: 'accepted' })
    expect(twice.statusCode).toBe(409)
    expect(twice.json().error.code).toBe('already_wrapped_up')
  })

  it('ending a call the clerk never started still serves the ticket', async () => {
    const ticket = await called()
    const end = await post(`/api/clerk/calls/${ticket.callId}/end`, social)
    expect(end.json().ticket.status).toBe('done')
    const row = await t.db
      .selectFrom('tickets')
      .selectAll()
      .where('id', '=', ticket.id)
      .executeTakeFirstOrThrow()
    expect(row.started_at).not.toBeNull()
  })

  it('advice only keeps the application status and adds a history note; no application, nothing to update', async () => {
    await insertApplication('A-20261130-0004', 'demo-01', 'ASDF2345')
    const ticket = await called({ citizenId: 'demo-01', applicationReference: 'A-20261130-0004' })
    await post(`/api/clerk/calls/${ticket.callId}/end`, social)
    const wrap = await post(`/api/clerk/calls/${ticket.callId}/wrap-up`, social, { outcome: 'advice-only' })
    expect(wrap.json().application).toEqual({ reference: 'A-20261130-0004', status: 'submitted' })
    const history = await t.db
      .selectFrom('application_status_history')
      .selectAll()
      .where('reference', '=', 'A-20261130-0004')
      .execute()
    expect(history.map((h) => h.status)).toEqual(['submitted', 'submitted'])

    const plain = await called()
    await post(`/api/clerk/calls/${plain.callId}/end`, social)
    const plainWrap = await post(`/api/clerk/calls/${plain.callId}/wrap-up`, social, {
      outcome: 'rejected',
      notes: 'x',
    })
    expect(plainWrap.json().application).toBeNull()
  })

  it.each([
    ['an unknown outcome', { outcome: 'approved' }, 'outcome'],
    ['no outcome', {}, 'outcome'],
    ['notes of 2001 characters', { outcome: 'accepted', notes: 'x'.repeat(2001) }, 'notes'],
    ['an unknown field', { outcome: 'accepted', extra: 1 }, 'extra'],
  ])('bad wrap-up (%s) -> 400 naming the field, nothing changed', async (_label, payload, field) => {
    await insertApplication('A-20261130-0005', 'demo-01', 'ZXCV2345')
    const ticket = await called({ citizenId: 'demo-01', applicationReference: 'A-20261130-0005' })
    await post(`/api/clerk/calls/${ticket.callId}/end`, social)
    const before = await clerkSnapshot(t.db)
    const res = await t.call({
      method: 'POST',
      url: `/api/clerk/calls/${ticket.callId}/wrap-up`,
      as: social,
      payload,
      headers: { 'accept-language': 'en' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'invalid_fields', message: 'Some fields are not right.' })
    expect(res.json().error.details.fields.map((f: { fieldId: string }) => f.fieldId)).toContain(field)
    expect(await clerkSnapshot(t.db)).toEqual(before)
  })
})

describe('follow-ups', () => {
  it('are for supervisors only, soonest due first', async () => {
    const ticket = await called()
    await post(`/api/clerk/calls/${ticket.callId}/end`, social)
    await t.db
      .insertInto('ratings')
      .values({ id: 'r1', ticket_id: ticket.id, level: 2, comment: 'slow', created_at: 1 })
      .execute()
    await t.db
      .insertInto('follow_ups')
      .values({
        id: 'f1',
        rating_id: 'r1',
        ticket_id: ticket.id,
        hall_id: 'test-hall',
        department_id: 'social-security',
        status: 'open',
        due_date: '2026-12-21',
        notes: null,
        created_at: 1,
      })
      .execute()
    const refused = await get('/api/clerk/follow-ups', social)
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error.code).toBe('supervisor_only')
    const res = await get('/api/clerk/follow-ups', supervisor)
    expect(res.json().followUps).toEqual([
      {
        id: 'f1',
        ticketId: ticket.id,
        ticketNumber: ticket.number,
        clerkId: social.id,
        departmentId: 'social-security',
        level: 2,
        comment: 'slow',
        status: 'open',
        dueDate: '2026-12-21',
        notes: null,
        createdAt: 1,
      },
    ])
  })
})
