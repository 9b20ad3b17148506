import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { todayInChina } from '../../shared/validation'
import { addWorkingDays } from '../applications/working-days'
import { citizenSnapshot, FILES, signIn, startDraft } from '../applications/testing/citizen-requests'
import { flowHall } from '../testing/fixture-scenes'
import { buildTestApp, type TestApp } from '../testing/test-app'

let t: TestApp
beforeEach(async () => {
  t = await buildTestApp({ hall: flowHall(), records: true })
})
afterEach(async () => t.close())

/** A complete "myself" application of the branching flow, ready to submit. */
async function completeDraft(cookie?: string): Promise<string> {
  const code = await startDraft(t, 'pension-enquiry', cookie)
  const answers = {
    applicant: 'self',
    'full-name': '张伟',
    'id-number': '11010519491231002X',
    'date-of-birth': '1949-12-31',
    mobile: '138 0013 8000',
    'wants-post': 'no',
    languages: ['zh'],
  }
  const saved = await t.call({ method: 'PUT', url: `/api/drafts/${code}`, payload: { answers } })
  expect(saved.statusCode).toBe(200)
  const photo = await t.call({
    method: 'PUT',
    url: `/api/drafts/${code}/attachments/photo?name=me.jpg`,
    payload: FILES.jpeg,
    headers: { 'content-type': 'image/jpeg' },
  })
  expect(photo.statusCode).toBe(201)
  return code
}

const submit = (resumeCode: string, key: string, extra: object = {}) =>
  t.call({
    method: 'POST',
    url: '/api/applications',
    payload: { resumeCode, declarationAccepted: true, ...extra },
    headers: { 'idempotency-key': key, 'accept-language': 'en' },
  })

describe('submitting', () => {
  it('creates one application with a reference, expected date and history', async () => {
    const code = await completeDraft()
    const res = await submit(code, 'key-00000001')
    expect(res.statusCode).toBe(201)
    const { application } = res.json()
    const today = todayInChina()
    expect(application).toMatchObject({
      reference: `A-${today.replaceAll('-', '')}-0001`,
      serviceId: 'pension-enquiry',
      status: 'submitted',
      expectedBy: today,
      nextSteps: { zh: expect.any(String), en: expect.stringContaining('Social Security') },
    })
    const stored = await t.db.selectFrom('applications').selectAll().executeTakeFirstOrThrow()
    expect(JSON.parse(stored.answers)).toMatchObject({ mobile: '13800138000', 'wants-post': false })
    const track = await t.call({
      method: 'GET',
      url: `/api/applications/${application.reference}?code=${code}`,
    })
    expect(track.json().history).toEqual([
      { at: application.submittedAt, status: 'submitted', note: expect.any(Object) },
    ])
    expect((await t.call({ method: 'GET', url: `/api/drafts/${code}` })).json().draft.submitted).toBe(true)
  })

  it('the same key returns the same application; another key is 409 already_submitted', async () => {
    const code = await completeDraft()
    const first = (await submit(code, 'key-00000001')).json().application
    const again = await submit(code, 'key-00000001')
    expect(again.statusCode).toBe(200)
    expect(again.json().application).toEqual(first)
    const other = await submit(code, 'key-00000002')
    expect(other.statusCode).toBe(409)
    expect(other.json().error).toMatchObject({
      code: 'already_submitted',
      details: { reference: first.reference },
    })
    expect(await t.db.selectFrom('applications').selectAll().execute()).toHaveLength(1)
  })

  it('a concurrent double submit makes exactly one application', async () => {
    const code = await completeDraft()
    const results = await Promise.all([
      submit(code, 'key-double-1'),
      submit(code, 'key-double-1'),
      submit(code, 'key-double-1'),
    ])
    const references = new Set(results.map((r) => r.json().application.reference))
    expect(references.size).toBe(1)
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 201])
    expect(await t.db.selectFrom('applications').selectAll().execute()).toHaveLength(1)
    expect(await t.db.selectFrom('application_status_history').selectAll().execute()).toHaveLength(1)
  })

  it('numbers references per department and day; expectedBy skips weekends', async () => {
    await submit(await completeDraft(), 'key-a-0000001')
    const second = (await submit(await completeDraft(), 'key-a-0000002')).json().application
    expect(second.reference).toMatch(/-0002$/)
    expect(addWorkingDays('2026-11-27', 5)).toBe('2026-12-04')
  })

  it('incomplete answers -> 422 with field errors in the language; nothing saved is lost', async () => {
    const code = await startDraft(t)
    await t.call({
      method: 'PUT',
      url: `/api/drafts/${code}`,
      payload: { answers: { applicant: 'self', 'date-of-birth': '2999-01-01' } },
    })
    const before = await citizenSnapshot(t.db)
    const res = await t.call({
      method: 'POST',
      url: '/api/applications',
      payload: { resumeCode: code, declarationAccepted: true },
      headers: { 'idempotency-key': 'key-invalid-1', 'accept-language': 'zh' },
    })
    expect(res.statusCode).toBe(422)
    expect(res.json().error.code).toBe('validation_failed')
    const fields = res.json().error.details.fields
    expect(fields).toContainEqual(
      expect.objectContaining({
        fieldId: 'date-of-birth',
        pageId: 'your-details',
        message: expect.stringContaining('过去'),
      }),
    )
    expect(fields.map((f: { fieldId: string }) => f.fieldId)).toContain('photo')
    expect(await citizenSnapshot(t.db)).toEqual(before)
  })

  it.each([
    ['no Idempotency-Key', {}, { 'idempotency-key': '' }, 400, 'idempotency_key_required'],
    ['declaration not accepted', { declarationAccepted: false }, {}, 422, 'declaration_required'],
    ['declaration of the wrong type', { declarationAccepted: 'yes' }, {}, 400, 'invalid_fields'],
    ['an unknown body field', { extra: 1 }, {}, 400, 'invalid_fields'],
    ['an unknown resume code', { resumeCode: 'AAAA-AAAA' }, {}, 404, 'draft_not_found'],
  ])('%s -> 4xx, database unchanged', async (_name, extra, headers, status, code) => {
    const resumeCode = await completeDraft()
    const before = await citizenSnapshot(t.db)
    const res = await t.call({
      method: 'POST',
      url: '/api/applications',
      payload: { resumeCode, declarationAccepted: true, ...extra },
      headers: { 'idempotency-key': 'key-bad-0001', ...headers },
    })
    expect(res.statusCode).toBe(status)
    expect(res.json().error.code).toBe(code)
    expect(await citizenSnapshot(t.db)).toEqual(before)
  })

  it('a submitted draft can no longer be changed', async () => {
    const code = await completeDraft()
    await submit(code, 'key-00000001')
    const res = await t.call({ method: 'PUT', url: `/api/drafts/${code}`, payload: { answers: {} } })
    expect(res.statusCode).toBe(409)
    expect(res.json().error.code).toBe('draft_submitted')
  })
})

describe('tracking', () => {
  it('by reference with the resume code or as the signed-in owner; otherwise 404', async () => {
    const owner = await signIn(t, 'demo-03')
    const code = await completeDraft(owner)
    const { reference } = (await submit(code, 'key-track-001')).json().application
    expect(
      (await t.call({ method: 'GET', url: `/api/applications/${reference}?code=${code.toLowerCase()}` }))
        .statusCode,
    ).toBe(200)
    expect(
      (await t.call({ method: 'GET', url: `/api/applications/${reference}`, headers: { cookie: owner } }))
        .statusCode,
    ).toBe(200)
    const stranger = await signIn(t, 'demo-04')
    for (const headers of [{}, { cookie: stranger }])
      expect(
        (await t.call({ method: 'GET', url: `/api/applications/${reference}?code=AAAA-AAAA`, headers }))
          .statusCode,
      ).toBe(404)
    const mine = await t.call({ method: 'GET', url: '/api/me/applications', headers: { cookie: owner } })
    expect(mine.json().applications.map((a: { reference: string }) => a.reference)).toEqual([reference])
    const theirs = await t.call({ method: 'GET', url: '/api/me/applications', headers: { cookie: stranger } })
    expect(theirs.json().applications).toEqual([])
  })
})
