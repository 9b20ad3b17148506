import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { citizenSnapshot, signIn, startDraft } from '../applications/testing/citizen-requests'
import { flowHall } from '../testing/fixture-scenes'
import { buildTestApp, type TestApp } from '../testing/test-app'

let t: TestApp
beforeEach(async () => {
  t = await buildTestApp({ hall: flowHall(), records: true })
})
afterEach(async () => t.close())

const put = (code: string, payload: unknown, lang = 'en') =>
  t.call({
    method: 'PUT',
    url: `/api/drafts/${code}`,
    payload: payload as object,
    headers: { 'accept-language': lang },
  })

describe('drafts', () => {
  it('creates a draft with a readable resume code and a 30-day expiry', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/drafts',
      payload: { serviceId: 'pension-enquiry', hallId: 'test-hall' },
    })
    expect(res.statusCode).toBe(201)
    const { draft } = res.json()
    expect(draft.resumeCode).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/)
    expect(draft).toMatchObject({
      serviceId: 'pension-enquiry',
      hallId: 'test-hall',
      answers: {},
      pageId: null,
      citizenId: null,
      attachments: [],
    })
    const days = (Date.parse(draft.expiresAt) - Date.parse(draft.updatedAt)) / 86_400_000
    expect(days).toBe(30)
  })

  it('autosaves answers and resumes by code typed in any case, without the hyphen', async () => {
    const code = await startDraft(t)
    const res = await put(code, {
      answers: { applicant: 'self', 'full-name': '张三' },
      pageId: 'your-details',
    })
    expect(res.statusCode).toBe(200)
    expect(res.json().errors.map((e: { fieldId: string }) => e.fieldId)).toContain('id-number')
    const again = await t.call({ method: 'GET', url: `/api/drafts/${code.replace('-', '').toLowerCase()}` })
    expect(again.json().draft).toMatchObject({
      answers: { applicant: 'self', 'full-name': '张三' },
      pageId: 'your-details',
    })
  })

  it('rejects unknown field ids with 400 unknown_fields and keeps the stored draft', async () => {
    const code = await startDraft(t)
    await put(code, { answers: { applicant: 'self' } })
    const before = await citizenSnapshot(t.db)
    const res = await put(code, { answers: { applicant: 'child', 'favourite-colour': 'red' } })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('unknown_fields')
    expect(res.json().error.details.fields).toEqual([
      { fieldId: 'favourite-colour', message: 'Not in this form' },
    ])
    expect(await citizenSnapshot(t.db)).toEqual(before)
  })

  it('rejects wrong answer shapes field by field, in the request language', async () => {
    const code = await startDraft(t)
    const before = await citizenSnapshot(t.db)
    const res = await put(code, { answers: { applicant: 42, languages: 'zh', 'postal-address': 'x' } }, 'zh')
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('invalid_fields')
    const fields = res.json().error.details.fields
    expect(fields.map((f: { fieldId: string }) => f.fieldId)).toEqual([
      'applicant',
      'languages',
      'postal-address',
    ])
    expect(fields[0].message).toMatch(/请重新填写/)
    expect(await citizenSnapshot(t.db)).toEqual(before)
  })

  it.each([
    ['malformed JSON', '{"answers": ', 'application/json', 400, 'invalid_json'],
    ['an array body', '[]', 'application/json', 400, 'invalid_fields'],
    ['answers as a string', '{"answers":"x"}', 'application/json', 400, 'invalid_fields'],
    ['an unknown page', '{"answers":{},"pageId":"nowhere"}', 'application/json', 400, 'invalid_fields'],
    [
      'a body over 64 KiB',
      JSON.stringify({ answers: { notes: 'x'.repeat(70_000) } }),
      'application/json',
      413,
      'payload_too_large',
    ],
    ['a form body', 'answers=1', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
  ])('%s -> 4xx, database unchanged', async (_name, payload, type, status, code) => {
    const draftCode = await startDraft(t)
    await put(draftCode, { answers: { applicant: 'self' } })
    const before = await citizenSnapshot(t.db)
    const res = await t.call({
      method: 'PUT',
      url: `/api/drafts/${draftCode}`,
      payload,
      headers: { 'content-type': type, 'accept-language': 'en' },
    })
    expect(res.statusCode).toBe(status)
    expect(res.json().error.code).toBe(code)
    expect(await citizenSnapshot(t.db)).toEqual(before)
  })

  it('unknown service or hall -> 4xx with a field error; nothing stored', async () => {
    const before = await citizenSnapshot(t.db)
    for (const payload of [
      { serviceId: 'no-such-service', hallId: 'test-hall' },
      { serviceId: 'pension-enquiry', hallId: 'atlantis' },
      { serviceId: 'pension-enquiry' },
      { serviceId: 'Bad Id!', hallId: 'test-hall' },
    ]) {
      const res = await t.call({
        method: 'POST',
        url: '/api/drafts',
        payload,
        headers: { 'accept-language': 'en' },
      })
      expect(res.statusCode, JSON.stringify(payload)).toBeGreaterThanOrEqual(400)
      expect(res.statusCode).toBeLessThan(500)
      expect(res.json().error.details.fields.length).toBeGreaterThan(0)
    }
    expect(await citizenSnapshot(t.db)).toEqual(before)
  })

  it('unknown code -> 404, expired draft -> 410', async () => {
    expect((await t.call({ method: 'GET', url: '/api/drafts/AAAA-BBBB' })).json().error.code).toBe(
      'draft_not_found',
    )
    expect((await t.call({ method: 'GET', url: '/api/drafts/not-a-code' })).statusCode).toBe(404)
    const code = await startDraft(t)
    await t.db.updateTable('drafts').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute()
    const res = await t.call({
      method: 'GET',
      url: `/api/drafts/${code}`,
      headers: { 'accept-language': 'zh' },
    })
    expect(res.statusCode).toBe(410)
    expect(res.json().error).toMatchObject({
      code: 'draft_expired',
      message: expect.stringContaining('过期'),
    })
    expect((await put(code, { answers: {} })).statusCode).toBe(410)
  })

  it('validate-page runs the shared engine and gives the next page', async () => {
    const code = await startDraft(t)
    const url = `/api/drafts/${code}/validate-page`
    const bad = await t.call({
      method: 'POST',
      url,
      payload: { pageId: 'your-details', answers: { applicant: 'self', 'id-number': '110105194912310021' } },
      headers: { 'accept-language': 'en' },
    })
    expect(bad.json().ok).toBe(false)
    expect(bad.json().errors).toContainEqual({
      fieldId: 'id-number',
      message: expect.stringContaining('check digit'),
    })
    const good = await t.call({
      method: 'POST',
      url,
      payload: { pageId: 'who', answers: { applicant: 'child' } },
    })
    expect(good.json()).toEqual({ ok: true, errors: [], nextPageId: 'child-details' })
  })
})

describe('prefill with consent', () => {
  it('fills only accepted registers, never over typed answers, and logs it', async () => {
    const cookie = await signIn(t, 'demo-01')
    const code = await startDraft(t, 'tax-registration', cookie)
    await put(code, { answers: { applicant: 'self', 'full-name': '王小建' } })
    const res = await t.call({
      method: 'POST',
      url: `/api/drafts/${code}/prefill`,
      payload: { registers: ['population'] },
      headers: { cookie },
    })
    expect(res.statusCode).toBe(200)
    const { draft, filled } = res.json()
    expect(filled).toContain('id-number')
    expect(filled).not.toContain('full-name')
    expect(filled).not.toContain('insurance-status')
    expect(draft.answers['full-name']).toBe('王小建')
    expect(draft.answers['id-number']).toMatch(/^110105196804120\d{2}[\dX]$/)
    const log = await t.db.selectFrom('access_log').selectAll().execute()
    expect(log.map((r) => [r.register, r.actor_kind, r.purpose])).toEqual([
      ['population', 'prefill', 'prefill for tax-registration'],
    ])
  })

  it('needs sign-in; refuses another citizen’s draft; unknown registers are 400', async () => {
    const owner = await signIn(t, 'demo-01')
    const other = await signIn(t, 'demo-02')
    const code = await startDraft(t, 'tax-registration', owner)
    const url = `/api/drafts/${code}/prefill`
    const before = await citizenSnapshot(t.db)
    expect((await t.call({ method: 'POST', url, payload: { registers: ['population'] } })).statusCode).toBe(
      401,
    )
    expect(
      (
        await t.call({
          method: 'POST',
          url,
          payload: { registers: ['population'] },
          headers: { cookie: other },
        })
      ).statusCode,
    ).toBe(403)
    const bad = await t.call({
      method: 'POST',
      url,
      payload: { registers: ['gossip'] },
      headers: { cookie: owner },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.details.fields[0].fieldId).toBe('registers.0')
    expect(await citizenSnapshot(t.db)).toEqual(before)
  })
})
