import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTempDir, removeTempDir } from '../testing/fixture-scenes'
import { buildTestApp, type TestApp } from '../testing/test-app'

const INDEX =
  '<!doctype html><html><body><div id="root"></div><script src="/assets/main-abc123.js"></script></body></html>'

let t: TestApp | undefined
let clientDir: string | undefined
afterEach(async () => {
  await t?.close()
  if (clientDir) removeTempDir(clientDir)
  t = undefined
  clientDir = undefined
})

async function appWithClient(overrides: Parameters<typeof buildTestApp>[0] = {}) {
  clientDir = makeTempDir('onehall-client-')
  writeFileSync(path.join(clientDir, 'index.html'), INDEX)
  mkdirSync(path.join(clientDir, 'assets'))
  writeFileSync(path.join(clientDir, 'assets', 'main-abc123.js'), 'console.log("hall")')
  mkdirSync(path.join(clientDir, 'fonts'))
  writeFileSync(path.join(clientDir, 'fonts', 'noto.json'), '{}')
  t = await buildTestApp({ clientDir, ...overrides })
  return t.app
}

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }

describe('client build', () => {
  it('serves index.html with no-cache for the app routes', async () => {
    const server = await appWithClient()
    for (const url of ['/', '/2d', '/2d?hall=grid-200']) {
      const res = await server.inject({ url, headers: html })
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['content-type'], url).toMatch(/text\/html/)
      expect(res.headers['cache-control'], url).toBe('no-cache')
      expect(res.body, url).toBe(INDEX)
    }
  })

  it('serves / to a browser that accepts compressed files (pre-compressed copies present or not)', async () => {
    const server = await appWithClient()
    const browser = { ...html, 'accept-encoding': 'gzip, deflate, br' }
    const plain = await server.inject({ url: '/', headers: browser })
    expect(plain.statusCode).toBe(200)
    expect(plain.body).toBe(INDEX)
    writeFileSync(path.join(clientDir!, 'index.html.gz'), gzipSync(INDEX))
    const compressed = await server.inject({ url: '/', headers: { ...html, 'accept-encoding': 'gzip' } })
    expect(compressed.statusCode).toBe(200)
    expect(compressed.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(compressed.rawPayload).toString()).toBe(INDEX)
  })

  it('serves hashed assets with a long immutable cache and other files with no-cache', async () => {
    const server = await appWithClient()
    const asset = await server.inject('/assets/main-abc123.js')
    expect(asset.statusCode).toBe(200)
    expect(asset.body).toBe('console.log("hall")')
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const font = await server.inject('/fonts/noto.json')
    expect(font.statusCode).toBe(200)
    expect(font.headers['cache-control']).toBe('no-cache')
  })

  it('answers every page of the app with index.html and 200', async () => {
    const server = await appWithClient()
    for (const url of [
      '/apply/residence-permit',
      '/apply/residence-permit/check-answers',
      '/resume',
      '/track',
      '/me',
    ]) {
      const res = await server.inject({ url, headers: html })
      expect(res.statusCode, url).toBe(200)
      expect(res.body, url).toBe(INDEX)
    }
  })

  it('answers unknown page paths with index.html and 404, so the client shows its not-found view', async () => {
    const server = await appWithClient()
    const res = await server.inject({ url: '/no/such/page', headers: html })
    expect(res.statusCode).toBe(404)
    expect(res.body).toBe(INDEX)
  })

  it('answers missing files and non-HTML requests with 404 JSON', async () => {
    const server = await appWithClient()
    for (const [url, headers] of [
      ['/assets/missing-123.js', html],
      ['/no/such/page', { accept: 'application/json' }],
    ] as const) {
      const res = await server.inject({ url, headers })
      expect(res.statusCode, url).toBe(404)
      expect(res.json().error.code, url).toBe('not_found')
    }
  })

  it('keeps /api 404s as JSON even for browsers', async () => {
    const server = await appWithClient()
    for (const method of ['GET', 'POST'] as const) {
      const res = await server.inject({ method, url: '/api/nope', headers: html })
      expect(res.statusCode).toBe(404)
      expect(res.json()).toEqual({
        error: { code: 'not_found', message: `No API route ${method} /api/nope` },
      })
    }
  })
  it('rate-limits unknown /api paths, which the static wildcard must not claim', async () => {
    const server = await appWithClient({ rateLimitMax: 2 })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await server.inject('/api/nope')).statusCode)
    expect(statuses).toEqual([404, 404, 429])
    // Pages and files are not limited.
    expect((await server.inject({ url: '/', headers: html })).statusCode).toBe(200)
  })
})

describe('without a client build', () => {
  it('keeps the API working and tells how to build the client', async () => {
    t = await buildTestApp({ clientDir: '/nonexistent/onehall-client' })
    expect((await t.app.inject('/api/health')).statusCode).toBe(200)

    const page = await t.app.inject({ url: '/', headers: html })
    expect(page.statusCode).toBe(503)
    expect(page.headers['content-type']).toMatch(/text\/html/)
    expect(page.body).toContain('<code>npm run build</code>')

    const json = await t.app.inject({ url: '/2d', headers: { accept: 'application/json' } })
    expect(json.statusCode).toBe(503)
    expect(json.json()).toEqual({
      error: { code: 'client_not_built', message: expect.stringContaining('`npm run build`') },
    })
  })
})
