import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { addClerk, TEST_PASSWORD } from '../clerks/testing/clerk-accounts'
import { buildTestApp, type TestApp } from '../testing/test-app'

let real: TestApp
afterEach(async () => real.close())

const state = async (username: string) =>
  (
    await real.db
      .selectFrom('clerks')
      .select('state')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).state

describe('clerk presence in the real app', () => {
  it('counts the clerk’s hub socket: on duty while it is open, away once it has been closed for the grace period', async () => {
    real = await buildTestApp({ clerkPresenceGraceMs: 200 })
    await addClerk(real.db, {
      username: 'present',
      departments: ['social-security'],
      counterId: 'counter-01',
      state: 'away',
      password: TEST_PASSWORD,
    })
    const login = await real.app.inject({
      method: 'POST',
      url: '/api/clerk/login',
      headers: { 'x-onehall-csrf': '1' },
      payload: { username: 'present', password: TEST_PASSWORD },
    })
    expect(login.statusCode).toBe(200)
    const cookie = `onehall_clerk=${login.cookies.find((c) => c.name === 'onehall_clerk')!.value}`
    await real.app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = real.app.server.address() as AddressInfo
    const socket = new WebSocket(`ws://127.0.0.1:${port}/api/ws`, { headers: { cookie } })
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))

    await new Promise((r) => setTimeout(r, 800))
    expect(await state('present')).toBe('available')
    socket.close()
    await expect.poll(() => state('present'), { timeout: 3000 }).toBe('away')
  })

  it('is on by default (30 s), so a test run of a few seconds never sees it', async () => {
    real = await buildTestApp()
    await addClerk(real.db, {
      username: 'quick',
      departments: ['social-security'],
      counterId: 'counter-01',
      state: 'away',
      password: TEST_PASSWORD,
    })
    const login = await real.app.inject({
      method: 'POST',
      url: '/api/clerk/login',
      headers: { 'x-onehall-csrf': '1' },
      payload: { username: 'quick', password: TEST_PASSWORD },
    })
    expect(login.statusCode).toBe(200)
    await new Promise((r) => setTimeout(r, 300))
    expect(await state('quick')).toBe('available')
  })
})
