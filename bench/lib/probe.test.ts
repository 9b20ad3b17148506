import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { capabilityGap } from './probe'

// A stand-in for the API: POST /api/drafts refuses requests without the CSRF header (403), as the
// OneHall server does; every other route is the catch-all 404.
let server: http.Server
let origin = ''
beforeAll(async () => {
  server = http.createServer((request, response) => {
    const present = request.method === 'POST' && request.url === '/api/drafts'
    response.statusCode = present && request.headers['x-onehall-csrf'] !== '1' ? 403 : 404
    response.end('{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('capabilityGap', () => {
  it('finds a POST-only route by the 403 of a POST without the CSRF header', async () => {
    const server = { origin, pid: 1 }
    expect(await capabilityGap(server, { path: '/api/drafts', method: 'POST', what: 'drafts' })).toBeNull()
  })
  it('reports a 404 as not landed, naming the method', async () => {
    const gap = await capabilityGap({ origin, pid: 1 }, { path: '/api/tickets', what: 'tickets' })
    expect(gap).toBe('tickets has not landed (GET /api/tickets -> 404)')
    const postGap = await capabilityGap({ origin, pid: 1 }, { path: '/api/x', method: 'POST', what: 'x' })
    expect(postGap).toBe('x has not landed (POST /api/x -> 404)')
  })
  it('passes on why there is no server', async () => {
    expect(await capabilityGap({ problem: 'no server' }, { path: '/', what: 'y' })).toBe('no server')
  })
})
