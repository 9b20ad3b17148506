import { afterEach, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './app'
import { buildTestApp, type TestApp } from './testing/test-app'

let t: TestApp | undefined
afterEach(async () => {
  await t?.close()
  t = undefined
})

async function app(overrides: Parameters<typeof buildTestApp>[0] = {}) {
  t = await buildTestApp(overrides)
  return t.app
}

describe('API', () => {
  it('GET /api/health checks the database', async () => {
    const res = await (await app()).inject('/api/health')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ status: 'ok', db: 'ok', version: '9.9.9-test' })
  })

  it('GET /api/health answers 503 when the database is gone', async () => {
    const server = await app()
    await t!.db.destroy()
    const res = await server.inject('/api/health')
    expect(res.statusCode).toBe(503)
    expect(res.json()).toMatchObject({ status: 'error', db: 'error', error: { code: 'db_unavailable' } })
  })

  it('GET /api/halls lists each hall with its counts', async () => {
    const res = await (await app()).inject('/api/halls')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      halls: [
        {
          id: 'test-hall',
          name: { zh: '测试大厅', en: 'Test Hall' },
          counterCount: 3,
          departmentCount: 2,
          serviceCount: 2,
        },
      ],
    })
  })

  it('GET /api/halls/:id returns the validated hall with an ETag', async () => {
    const server = await app()
    const res = await server.inject('/api/halls/test-hall')
    expect(res.statusCode).toBe(200)
    const hall = res.json()
    expect(hall.id).toBe('test-hall')
    expect(hall.counters).toHaveLength(3)
    // Defaults from the schema are applied: the fixture's counters do not state oneStop.
    expect(hall.counters[0].oneStop).toBe(false)
    expect(hall.services.map((s: { id: string }) => s.id).sort()).toEqual([
      'pension-enquiry',
      'tax-registration',
    ])
    expect(res.headers.etag).toMatch(/^"[0-9a-f]{64}"$/)

    const again = await server.inject({
      url: '/api/halls/test-hall',
      headers: { 'if-none-match': res.headers.etag },
    })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')
  })

  it('unknown hall -> 404 JSON', async () => {
    const res = await (await app()).inject('/api/halls/atlantis')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'No hall with id "atlantis"' } })
  })

  it('bad hall id -> 400 JSON with details', async () => {
    const res = await (await app()).inject('/api/halls/Bad_Id!')
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body.error.code).toBe('bad_request')
    expect(body.error.message).toBe('Invalid hall id')
    expect(body.error.details).toEqual([{ path: 'id', message: expect.stringContaining('lowercase') }])
  })

  it('unknown /api route -> 404 JSON, for any method', async () => {
    const server = await app()
    for (const [method, url] of [
      ['GET', '/api/nope'],
      ['POST', '/api/halls'],
      ['GET', '/api'],
    ] as const) {
      const res = await server.inject({ method, url })
      expect(res.statusCode, `${method} ${url}`).toBe(404)
      expect(res.headers['content-type']).toMatch(/application\/json/)
      expect(res.json()).toEqual({ error: { code: 'not_found', message: `No API route ${method} ${url}` } })
    }
  })

  it('never leaks a stack trace: a failing route gives a generic 500', async () => {
    const server = await app()
    server.get('/api/boom', async () => {
      throw new Error('secret internal detail at /srv/onehall/src/server/x.ts:12')
    })
    const res = await server.inject('/api/boom')
    expect(res.statusCode).toBe(500)
    expect(res.json()).toEqual({
      error: { code: 'internal', message: 'Something went wrong on our side. Please try again later.' },
    })
    expect(res.body).not.toContain('secret')
  })

  it('malformed request bodies get a 4xx JSON error', async () => {
    const server = await app()
    server.post('/api/echo', async (request) => request.body)
    const res = await server.inject({
      method: 'POST',
      url: '/api/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"broken": ',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('bad_request')
    expect(res.body).not.toMatch(/at .*\.js:\d+/)
  })
})

describe('security headers', () => {
  it('sends a strict CSP with no third-party origins on pages and API', async () => {
    const server = await app()
    for (const url of ['/api/health', '/']) {
      const csp = (await server.inject(url)).headers['content-security-policy']
      expect(typeof csp, url).toBe('string')
      const directives = Object.fromEntries(
        String(csp)
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      )
      expect(directives['default-src']).toEqual(["'self'"])
      expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"])
      expect(directives['object-src']).toEqual(["'none'"])
      expect(directives['frame-ancestors']).toEqual(["'none'"])
      // Every source is a keyword or a scheme the page itself creates; no host names.
      for (const values of Object.values(directives) as string[][]) {
        for (const value of values) expect(value, url).toMatch(/^('[a-z-]+'|data:|blob:)$/)
      }
    }
  })

  it('the CSP constant lists only same-origin sources', () => {
    const all = Object.values(CONTENT_SECURITY_POLICY).flat()
    expect(all.filter((v) => /^https?:|\*|\./.test(v))).toEqual([])
  })

  it('sends the other helmet headers', async () => {
    const res = await (await app()).inject('/api/health')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers['x-powered-by']).toBeUndefined()
  })
})

describe('rate limiting', () => {
  it('answers 429 JSON once an IP exceeds the limit on /api', async () => {
    const server = await app({ rateLimitMax: 3 })
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) statuses.push((await server.inject('/api/halls')).statusCode)
    expect(statuses).toEqual([200, 200, 200])

    const limited = await server.inject('/api/halls')
    expect(limited.statusCode).toBe(429)
    expect(limited.json()).toEqual({
      error: { code: 'rate_limited', message: expect.stringMatching(/^Too many requests; try again in/) },
    })
    expect(limited.headers['retry-after']).toBeDefined()
    // Unknown API routes count against the same limit.
    expect((await server.inject('/api/nope')).statusCode).toBe(429)
    // Another client is not affected.
    expect((await server.inject({ url: '/api/halls', remoteAddress: '10.0.0.9' })).statusCode).toBe(200)
  })

  it('does not limit pages and static files', async () => {
    const server = await app({ rateLimitMax: 1 })
    await server.inject('/api/halls')
    expect((await server.inject('/api/halls')).statusCode).toBe(429)
    expect((await server.inject({ url: '/', headers: { accept: 'text/html' } })).statusCode).toBe(503)
  })
})
