import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { citizenSnapshot, signIn, startDraft } from '../applications/testing/citizen-requests'
import { flowHall } from '../testing/fixture-scenes'
import { buildTestApp, type TestApp } from '../testing/test-app'

let t: TestApp
beforeEach(async () => {
  t = await buildTestApp({ hall: flowHall(), records: true })
})
afterEach(async () => t.close())

describe('demo e-ID', () => {
  it('lists the seeded citizens with masked ID numbers', async () => {
    const res = await t.call({ method: 'GET', url: '/api/identity/demo-citizens' })
    const { citizens } = res.json()
    expect(citizens.length).toBeGreaterThanOrEqual(6)
    expect(citizens[0]).toEqual({
      id: 'demo-01',
      displayName: { zh: '王建国', en: 'Wang Jianguo' },
      maskedId: expect.stringMatching(/^1101\*{10}\d{3}[\dX]$/),
    })
  })

  it('signs in with a signed HttpOnly SameSite=Lax cookie, reports and ends the session', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/identity/session',
      payload: { citizenId: 'demo-02' },
    })
    expect(res.json()).toEqual({
      citizen: { id: 'demo-02', displayName: { zh: '李秀英', en: 'Li Xiuying' } },
    })
    const cookie = res.cookies.find((c) => c.name === 'onehall_citizen')!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(cookie.value).not.toBe('demo-02')
    const headers = { cookie: `onehall_citizen=${cookie.value}` }
    expect((await t.call({ method: 'GET', url: '/api/identity/session', headers })).json().citizen.id).toBe(
      'demo-02',
    )
    const out = await t.call({ method: 'DELETE', url: '/api/identity/session', headers })
    expect(out.cookies.find((c) => c.name === 'onehall_citizen')?.value).toBe('')
  })

  it('a forged or unsigned cookie is nobody', async () => {
    for (const cookie of ['onehall_citizen=demo-01', 'onehall_citizen=demo-01.AAAAforged'])
      expect(
        (await t.call({ method: 'GET', url: '/api/identity/session', headers: { cookie } })).json(),
      ).toEqual({ citizen: null })
  })

  it.each([
    [{ citizenId: 'demo-99' }, 400, 'unknown_citizen'],
    [{ citizenId: 7 }, 400, 'invalid_fields'],
    [{}, 400, 'invalid_fields'],
  ])('bad sign-in %j -> %i, no cookie', async (payload, status, code) => {
    const res = await t.call({
      method: 'POST',
      url: '/api/identity/session',
      payload,
      headers: { 'accept-language': 'en' },
    })
    expect(res.statusCode).toBe(status)
    expect(res.json().error.code).toBe(code)
    expect(res.json().error.details.fields[0].fieldId).toBe('citizenId')
    expect(res.cookies).toEqual([])
  })
})

describe('CSRF', () => {
  it.each([
    ['POST', '/api/identity/session'],
    ['DELETE', '/api/identity/session'],
    ['POST', '/api/drafts'],
    ['PUT', '/api/drafts/AAAA-AAAA'],
    ['POST', '/api/applications'],
  ] as const)('%s %s without X-OneHall-CSRF -> 403 csrf, in the language', async (method, url) => {
    const before = await citizenSnapshot(t.db)
    const res = await t.call({ method, url, payload: {}, csrf: false, headers: { 'accept-language': 'en' } })
    expect(res.statusCode).toBe(403)
    expect(res.json().error).toEqual({ code: 'csrf', message: expect.stringContaining('cross-site') })
    expect(await citizenSnapshot(t.db)).toEqual(before)
  })

  it('a wrong header value is also refused; GET needs none', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/drafts',
      payload: {},
      csrf: false,
      headers: { 'x-onehall-csrf': '0' },
    })
    expect(res.statusCode).toBe(403)
    const code = await startDraft(t)
    expect((await t.call({ method: 'GET', url: `/api/drafts/${code}`, csrf: false })).statusCode).toBe(200)
  })
})

describe('records API', () => {
  it('prefill preview shows each register’s values and is logged as the citizen’s look', async () => {
    const cookie = await signIn(t, 'demo-01')
    const res = await t.call({
      method: 'GET',
      url: '/api/services/tax-registration/prefill-preview?lang=en',
      headers: { cookie },
    })
    expect(res.statusCode).toBe(200)
    const { registers } = res.json()
    expect(registers.map((r: { register: string }) => r.register)).toEqual([
      'population',
      'social-security',
      'household',
    ])
    const population = registers[0]
    expect(population.name.en).toMatch(/Population/)
    expect(population.fields).toContainEqual({
      fieldId: 'full-name',
      label: expect.any(Object),
      value: '王建国',
      valueText: '王建国',
    })
    expect(registers[1].fields[0]).toMatchObject({
      fieldId: 'insurance-status',
      value: 'employee',
      valueText: 'Yes, through an employer',
    })
    const log = await t.call({ method: 'GET', url: '/api/me/access-log', headers: { cookie } })
    expect(log.json().entries).toHaveLength(3)
    expect(log.json().entries[0]).toMatchObject({
      actor: { kind: 'citizen', name: '王建国' },
      purpose: 'preview for tax-registration',
      serviceId: 'tax-registration',
    })
  })

  it('needs sign-in (401 in the language) and a known service (404)', async () => {
    const anon = await t.call({
      method: 'GET',
      url: '/api/services/tax-registration/prefill-preview',
      headers: { 'accept-language': 'en' },
    })
    expect(anon.statusCode).toBe(401)
    expect(anon.json().error).toEqual({ code: 'sign_in_required', message: 'Sign in first.' })
    expect((await t.call({ method: 'GET', url: '/api/me/access-log' })).statusCode).toBe(401)
    const cookie = await signIn(t)
    const before = await citizenSnapshot(t.db)
    const res = await t.call({
      method: 'GET',
      url: '/api/services/nothing-here/prefill-preview',
      headers: { cookie },
    })
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('unknown_service')
    expect(await citizenSnapshot(t.db)).toEqual(before)
  })
})
