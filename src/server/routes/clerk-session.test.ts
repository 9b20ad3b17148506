import { createHash } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { clerkSnapshot, signInClerk } from '../clerks/testing/clerk-accounts'
import { insertTicket } from '../queue/testing/queue-rows'
import { flowHall } from '../testing/fixture-scenes'
import { buildTestApp, type ClerkTestApp } from '../testing/test-app'

let t: ClerkTestApp
beforeAll(async () => {
  // Many sign-ins in one app: the limit itself is tested below on an app of its own.
  t = await buildTestApp({
    hall: flowHall(),
    records: true,
    demoClerks: true,
    clerkApi: { loginAttemptsPerMinute: 1000 },
  })
})
afterAll(async () => t.close())
afterEach(() => vi.unstubAllEnvs())

const login = (payload: object, headers: Record<string, string> = {}) =>
  t.call({ method: 'POST', url: '/api/clerk/login', payload, headers })

describe('clerk sign-in', () => {
  it('signs in with an HttpOnly SameSite=Strict cookie whose token is stored only hashed', async () => {
    const res = await login({ username: 'clerk-tax', password: 'onehall-demo' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.clerk).toEqual({
      id: expect.any(String),
      username: 'clerk-tax',
      displayName: { zh: '税务窗口工作人员', en: 'Tax clerk' },
      hallId: 'test-hall',
      departments: ['tax'],
      counterId: 'counter-03',
      isSupervisor: false,
      state: 'available',
    })
    expect(body.csrfToken).toMatch(/^[\w-]{32}$/)
    const cookie = res.cookies.find((c) => c.name === 'onehall_clerk')!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 8 * 3600 })
    expect(cookie.secure).toBeFalsy()
    expect(Buffer.from(cookie.value, 'base64url')).toHaveLength(32)
    const rows = await t.db
      .selectFrom('clerk_sessions')
      .selectAll()
      .where('clerk_id', '=', body.clerk.id)
      .execute()
    expect(rows.map((r) => r.id)).toContain(createHash('sha256').update(cookie.value).digest('hex'))
    expect(rows.map((r) => r.id)).not.toContain(cookie.value)
    const row = rows.find((r) => r.csrf_token === body.csrfToken)!
    expect(Number(row.expires_at) - Number(row.created_at)).toBe(8 * 3600 * 1000)
    expect(t.notices).toContain('department:tax')
  })

  it('answers a wrong password and an unknown user the same way, in zh and en, with no cookie', async () => {
    const before = await clerkSnapshot(t.db)
    const wrong = await login({ username: 'supervisor', password: 'nope' })
    const unknown = await login({ username: 'nobody-here', password: 'nope' })
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401)
      expect(res.json().error).toEqual({ code: 'bad_credentials', message: '用户名或密码不正确。' })
      expect(res.cookies.find((c) => c.name === 'onehall_clerk')).toBeUndefined()
    }
    const en = await login({ username: 'supervisor', password: 'nope' }, { 'accept-language': 'en' })
    expect(en.json().error.message).toBe('The username or password is not right.')
    expect(await clerkSnapshot(t.db)).toEqual(before)
  })

  it.each([
    [{ username: 'clerk-tax' }, 'password'],
    [{ username: '', password: 'x' }, 'username'],
    [{ username: 'clerk-tax', password: 'x', admin: true }, 'admin'],
    [{ username: 7, password: 'x' }, 'username'],
  ])('bad body %j -> 400 naming %s', async (payload, field) => {
    const before = await clerkSnapshot(t.db)
    const res = await login(payload, { 'accept-language': 'en' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('invalid_fields')
    expect(res.json().error.details.fields.map((f: { fieldId: string }) => f.fieldId)).toContain(field)
    expect(await clerkSnapshot(t.db)).toEqual(before)
  })

  it('malformed JSON -> 400 in Chinese', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/clerk/login',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'invalid_json', message: '请求内容不是有效的JSON。' })
  })

  it('needs the global CSRF header', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/clerk/login',
      payload: { username: 'clerk-tax', password: 'onehall-demo' },
      csrf: false,
    })
    expect(res.statusCode).toBe(403)
    expect(res.json().error.code).toBe('csrf')
  })

  it('refuses demo clerks when NODE_ENV=production, and their existing sessions too', async () => {
    const session = await signInClerk(t, 'clerk-social-security')
    vi.stubEnv('NODE_ENV', 'production')
    const res = await login({ username: 'clerk-social-security', password: 'onehall-demo' })
    expect(res.statusCode).toBe(403)
    expect(res.json().error.code).toBe('demo_refused')
    expect(res.cookies.find((c) => c.name === 'onehall_clerk')).toBeUndefined()
    const me = await t.call({ method: 'GET', url: '/api/clerk/me', as: session })
    expect(me.statusCode).toBe(401)
    vi.unstubAllEnvs()
    expect((await t.call({ method: 'GET', url: '/api/clerk/me', as: session })).statusCode).toBe(200)
  })
})

describe('clerk session', () => {
  it('me returns the clerk and the CSRF token; logout ends the session and goes away', async () => {
    const s = await signInClerk(t, 'supervisor')
    const me = await t.call({ method: 'GET', url: '/api/clerk/me', as: s })
    expect(me.statusCode).toBe(200)
    expect(me.json()).toMatchObject({
      clerk: { username: 'supervisor', isSupervisor: true },
      csrfToken: s.csrfToken,
    })
    const out = await t.call({ method: 'POST', url: '/api/clerk/logout', as: s })
    expect(out.statusCode).toBe(200)
    expect(out.cookies.find((c) => c.name === 'onehall_clerk')?.value).toBe('')
    expect((await t.call({ method: 'GET', url: '/api/clerk/me', as: s })).statusCode).toBe(401)
    const row = await t.db
      .selectFrom('clerks')
      .select('state')
      .where('id', '=', s.id)
      .executeTakeFirstOrThrow()
    expect(row.state).toBe('away')
  })

  it('logout without the session token is refused and the session lives on', async () => {
    const s = await signInClerk(t, 'clerk-tax')
    const res = await t.call({ method: 'POST', url: '/api/clerk/logout', headers: { cookie: s.cookie } })
    expect(res.statusCode).toBe(403)
    expect((await t.call({ method: 'GET', url: '/api/clerk/me', as: s })).statusCode).toBe(200)
  })

  it('a clerk serving a citizen cannot set their own state (a called ticket is handed back instead: clerk-leaves.test)', async () => {
    const s = await signInClerk(t, 'clerk-social-security')
    await insertTicket(t)
    const called = await t.call({ method: 'POST', url: '/api/clerk/call-next', as: s })
    expect(called.statusCode).toBe(200)
    const ticketId = called.json().ticket.id as string
    const started = await t.call({ method: 'POST', url: `/api/clerk/tickets/${ticketId}/start`, as: s })
    expect(started.statusCode).toBe(200)
    const before = await clerkSnapshot(t.db)
    const res = await t.call({
      method: 'POST',
      url: '/api/clerk/state?lang=en',
      payload: { state: 'away' },
      as: s,
    })
    expect(res.statusCode).toBe(409)
    expect(res.json().error.code).toBe('call_in_progress')
    expect(await clerkSnapshot(t.db)).toEqual(before)
  })

  it('no cookie, a tampered token or an expired session -> 401 clerk_sign_in_required', async () => {
    const s = await signInClerk(t, 'clerk-tax')
    const flipped = s.cookie.slice(0, -1) + (s.cookie.endsWith('A') ? 'B' : 'A')
    for (const cookie of [undefined, flipped, 'onehall_clerk=', `onehall_clerk=${'x'.repeat(500)}`]) {
      const res = await t.call({ method: 'GET', url: '/api/clerk/me', headers: cookie ? { cookie } : {} })
      expect(res.statusCode).toBe(401)
      expect(res.json().error).toEqual({
        code: 'clerk_sign_in_required',
        message: '请先以工作人员身份登录。',
      })
    }
    await t.db
      .updateTable('clerk_sessions')
      .set({ expires_at: Date.now() - 1 })
      .where('csrf_token', '=', s.csrfToken)
      .execute()
    expect((await t.call({ method: 'GET', url: '/api/clerk/me', as: s })).statusCode).toBe(401)
  })

  it('state changes need the session CSRF token: missing or wrong -> 403, database unchanged', async () => {
    const s = await signInClerk(t, 'clerk-tax')
    const other = await signInClerk(t, 'supervisor')
    const before = await clerkSnapshot(t.db)
    for (const token of [undefined, 'wrong', other.csrfToken, s.csrfToken.slice(1)]) {
      const res = await t.call({
        method: 'POST',
        url: '/api/clerk/state?lang=en',
        payload: { state: 'away' },
        headers: { cookie: s.cookie, ...(token ? { 'x-onehall-clerk-csrf': token } : {}) },
      })
      expect(res.statusCode).toBe(403)
      expect(res.json().error.code).toBe('csrf')
      expect(res.json().error.message).toMatch(/cross-site protection token/)
    }
    expect(await clerkSnapshot(t.db)).toEqual(before)
  })

  it('sets available/away; busy and wrap-up are not for the clerk to set', async () => {
    const s = await signInClerk(t, 'clerk-tax')
    const away = await t.call({ method: 'POST', url: '/api/clerk/state', payload: { state: 'away' }, as: s })
    expect(away.statusCode).toBe(200)
    expect(away.json().clerk.state).toBe('away')
    const me = await t.call({ method: 'GET', url: '/api/clerk/me', as: s })
    expect(me.json().clerk.state).toBe('away')
    for (const state of ['busy', 'wrap-up', 'asleep']) {
      const res = await t.call({ method: 'POST', url: '/api/clerk/state', payload: { state }, as: s })
      expect(res.statusCode).toBe(400)
      expect(res.json().error.details.fields[0].fieldId).toBe('state')
    }
    const back = await t.call({
      method: 'POST',
      url: '/api/clerk/state',
      payload: { state: 'available' },
      as: s,
    })
    expect(back.json().clerk.state).toBe('available')
  })
})

describe('sign-in rate limit', () => {
  it('allows 5 attempts a minute per IP and username, then 429 in the request language', async () => {
    const local = await buildTestApp({ hall: flowHall(), records: true, demoClerks: true, clerkApi: {} })
    try {
      const attempt = (username: string, lang = 'zh') =>
        local.call({
          method: 'POST',
          url: `/api/clerk/login?lang=${lang}`,
          payload: { username, password: 'wrong' },
        })
      for (let i = 0; i < 5; i++) expect((await attempt('clerk-tax')).statusCode).toBe(401)
      const limited = await attempt('clerk-tax')
      expect(limited.statusCode).toBe(429)
      expect(limited.json().error).toEqual({
        code: 'rate_limited',
        message: '登录尝试过于频繁，请一分钟后再试。',
      })
      expect((await attempt('CLERK-TAX', 'en')).json().error.message).toBe(
        'Too many sign-in attempts; wait a minute and try again.',
      )
      // Even the right password waits out the minute.
      const right = await local.call({
        method: 'POST',
        url: '/api/clerk/login',
        payload: { username: 'clerk-tax', password: 'onehall-demo' },
      })
      expect(right.statusCode).toBe(429)
      // Another username from the same address is counted on its own.
      expect((await attempt('supervisor')).statusCode).toBe(401)
    } finally {
      await local.close()
    }
  })
})

describe('in the real app', () => {
  it('buildApp serves the clerk routes under /api', async () => {
    const real = await buildTestApp()
    try {
      const me = await real.app.inject({ method: 'GET', url: '/api/clerk/me' })
      expect(me.statusCode).toBe(401)
      expect(me.json().error.code).toBe('clerk_sign_in_required')
      const login = await real.app.inject({
        method: 'POST',
        url: '/api/clerk/login',
        headers: { 'x-onehall-csrf': '1' },
        payload: { username: 'nobody', password: 'x' },
      })
      expect(login.json().error.code).toBe('bad_credentials')
    } finally {
      await real.close()
    }
  })
})
