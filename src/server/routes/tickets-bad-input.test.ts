import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addClerk } from '../clerks/testing/clerk-accounts'
import { queueSnapshot } from '../queue/testing/queue-rows'
import { buildTestApp, type TestApp } from '../testing/test-app'

let t: TestApp
let before: Record<string, unknown[]>
let existing: { id: string; token: string }
beforeAll(async () => {
  t = await buildTestApp({ records: true, language: 'en' })
  await addClerk(t.db, { departments: ['social-security', 'tax'] })
  const res = await t.call({
    method: 'POST',
    url: '/api/tickets',
    payload: { hallId: 'test-hall', departmentId: 'social-security' },
  })
  existing = { id: res.json().ticket.id, token: res.json().token }
  before = await queueSnapshot(t.db)
})
afterAll(async () => t.close())

const valid = { hallId: 'test-hall', departmentId: 'tax' }

describe('POST /api/tickets refuses bad input and changes nothing', () => {
  it.each([
    ['malformed JSON', '{"hallId": ', 400, 'invalid_json', null],
    ['an array body', '[]', 400, 'invalid_fields', 'body'],
    ['no body fields', {}, 400, 'invalid_fields', 'hallId'],
    ['a number for hallId', { ...valid, hallId: 5 }, 400, 'invalid_fields', 'hallId'],
    ['flags as a string', { ...valid, flags: 'elderly' }, 400, 'invalid_fields', 'flags'],
    ['an unknown flag', { ...valid, flags: ['vip'] }, 400, 'invalid_fields', 'flags.0'],
    ['an unknown field', { ...valid, priority: 1 }, 400, 'invalid_fields', 'priority'],
    ['an unknown hall', { ...valid, hallId: 'nowhere' }, 400, 'invalid_fields', 'hallId'],
    ['an unknown department', { ...valid, departmentId: 'police' }, 400, 'invalid_fields', 'departmentId'],
    ['an unknown service', { ...valid, serviceId: 'moon-visa' }, 400, 'invalid_fields', 'serviceId'],
    [
      "another department's service",
      { ...valid, serviceId: 'pension-enquiry' },
      400,
      'invalid_fields',
      'serviceId',
    ],
    [
      'a service not done at a video counter',
      { ...valid, serviceId: 'tax-registration' },
      400,
      'invalid_fields',
      'serviceId',
    ],
    [
      "another department's counter",
      { ...valid, counterId: 'counter-01' },
      400,
      'invalid_fields',
      'counterId',
    ],
    ['a hall id too long', { ...valid, hallId: 'a'.repeat(65) }, 400, 'invalid_fields', 'hallId'],
    [
      'a reference too long',
      { ...valid, applicationReference: 'R'.repeat(33) },
      400,
      'invalid_fields',
      'applicationReference',
    ],
    ['a body over 64 KiB', { ...valid, resumeCode: 'x'.repeat(70_000) }, 413, 'payload_too_large', null],
  ])('%s -> %i %s', async (_name, payload, status, code, field) => {
    const res = await t.call({
      method: 'POST',
      url: '/api/tickets',
      payload: payload as string | object,
      headers: { 'content-type': 'application/json' },
    })
    expect(res.statusCode).toBe(status)
    expect(res.json().error.code).toBe(code)
    if (field)
      expect(res.json().error.details.fields.map((f: { fieldId: string }) => f.fieldId)).toContain(field)
    expect(await queueSnapshot(t.db)).toEqual(before)
  })

  it('words field errors in Chinese for a Chinese request', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/tickets',
      payload: { ...valid, departmentId: 'police' },
      headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
    })
    expect(res.json().error).toMatchObject({
      code: 'invalid_fields',
      message: '有字段填写不正确。',
      details: { fields: [{ fieldId: 'departmentId', message: '此大厅没有这个部门' }] },
    })
    expect(await queueSnapshot(t.db)).toEqual(before)
  })

  it('refuses a form body (415) and a request without the CSRF header (403)', async () => {
    const form = await t.call({
      method: 'POST',
      url: '/api/tickets',
      payload: 'hallId=test-hall',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(form.statusCode).toBe(415)
    const noCsrf = await t.call({ method: 'POST', url: '/api/tickets', payload: valid, csrf: false })
    expect(noCsrf.statusCode).toBe(403)
    expect(noCsrf.json().error.code).toBe('csrf')
    const cancelNoCsrf = await t.call({
      method: 'POST',
      url: `/api/tickets/${existing.id}/cancel`,
      headers: { 'x-onehall-ticket': existing.token },
      csrf: false,
    })
    expect(cancelNoCsrf.statusCode).toBe(403)
    expect(await queueSnapshot(t.db)).toEqual(before)
  })
})

describe('board and availability', () => {
  it('serves the board of a hall and the availability of a department', async () => {
    const board = await t.call({ method: 'GET', url: '/api/halls/test-hall/board' })
    expect(board.statusCode).toBe(200)
    expect(board.json()).toEqual({
      type: 'board.update',
      hallId: 'test-hall',
      departmentId: null,
      called: [],
      waiting: [
        { departmentId: 'social-security', count: 1 },
        { departmentId: 'tax', count: 0 },
      ],
    })
    const availability = await t.call({
      method: 'GET',
      url: '/api/halls/test-hall/departments/social-security/availability',
    })
    expect(availability.json()).toEqual({
      onDuty: 1,
      wait: { kind: 'estimate', waitMs: 5 * 60_000, basis: 'default' },
    })
    // The hall route itself still works next to the board route.
    expect((await t.call({ method: 'GET', url: '/api/halls/test-hall' })).statusCode).toBe(200)
  })

  it.each([
    ['/api/halls/nowhere/board', 404, 'hall_not_found'],
    ['/api/halls/Bad_Id/board', 400, 'invalid_fields'],
    ['/api/halls/test-hall/departments/police/availability', 404, 'hall_not_found'],
    ['/api/halls/nowhere/departments/tax/availability', 404, 'hall_not_found'],
  ])('GET %s -> %i', async (url, status, code) => {
    const res = await t.call({ method: 'GET', url })
    expect(res.statusCode).toBe(status)
    expect(res.json().error.code).toBe(code)
  })
})
