import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../account/api-client'
import { createClerkApi } from './clerk-api'
import { createClerkSessionStore } from './clerk-session-store'
import { checkSignIn, signInFailure } from './sign-in-model'
import { clerkFixture } from './testing/fakes'

function fakeApi() {
  return {
    me: vi.fn(async () => ({ clerk: clerkFixture(), csrfToken: 'tok-me' })),
    login: vi.fn(async () => ({ clerk: clerkFixture(), csrfToken: 'tok-login' })),
    logout: vi.fn(async () => ({})),
    setState: vi.fn(async (_l: string, state: 'available' | 'away') => clerkFixture({ state })),
  }
}

describe('sign-in checks', () => {
  it('asks for both boxes, a username of spaces counting as empty', () => {
    expect(checkSignIn({ username: '  ', password: '' }).map((p) => p.key)).toEqual([
      'usernameEmpty',
      'passwordEmpty',
    ])
    expect(checkSignIn({ username: 'a', password: ' ' })).toEqual([])
  })

  it('says the same for a wrong password and an unknown user, and asks to wait on 429', () => {
    expect(signInFailure(new ApiError(401, 'bad_credentials', 'x')).key).toBe('badCredentials')
    expect(signInFailure(new ApiError(429, 'rate_limited', 'x')).key).toBe('tooManyAttempts')
    expect(
      signInFailure(
        new ApiError(400, 'invalid', 'x', { fields: [{ fieldId: 'password', message: 'too long' }] }),
      ),
    ).toEqual({
      field: 'password',
      key: 'failed',
      detail: 'too long',
    })
    expect(signInFailure(new Error('offline')).detail).toBe('offline')
  })
})

describe('clerk session store', () => {
  it('is signed out when /me answers 401, without an error', async () => {
    const api = fakeApi()
    api.me.mockRejectedValueOnce(new ApiError(401, 'unauthorized', 'no'))
    const store = createClerkSessionStore(api)
    await store.getState().actions.check('en')
    expect(store.getState()).toMatchObject({ status: 'signed-out', error: null, clerk: null })
  })

  it('does not call the server with an empty form, and keeps the token of a good sign-in', async () => {
    const api = fakeApi()
    const store = createClerkSessionStore(api)
    expect(await store.getState().actions.signIn('en', '', '')).toBe(false)
    expect(api.login).not.toHaveBeenCalled()
    expect(store.getState().problems).toHaveLength(2)
    expect(await store.getState().actions.signIn('en', ' clerk-social-security ', 'pw')).toBe(true)
    expect(api.login).toHaveBeenCalledWith('en', 'clerk-social-security', 'pw')
    expect(store.getState()).toMatchObject({ status: 'signed-in', csrfToken: 'tok-login', problems: [] })
  })

  it('shows the server’s refusal and counts attempts so the summary takes focus again', async () => {
    const api = fakeApi()
    api.login.mockRejectedValue(new ApiError(429, 'rate_limited', 'slow down'))
    const store = createClerkSessionStore(api)
    await store.getState().actions.signIn('en', 'a', 'b')
    await store.getState().actions.signIn('en', 'a', 'b')
    expect(store.getState().problems).toEqual([{ field: 'username', key: 'tooManyAttempts' }])
    expect(store.getState().attempt).toBe(2)
    expect(store.getState().status).toBe('checking')
  })

  it('changes state through the server and follows states the server sets', async () => {
    const api = fakeApi()
    const store = createClerkSessionStore(api)
    await store.getState().actions.check('en')
    await store.getState().actions.chooseState('en', 'away')
    expect(store.getState().clerk?.state).toBe('away')
    store.getState().actions.serverState('busy')
    expect(store.getState().clerk?.state).toBe('busy')
    api.setState.mockRejectedValueOnce(new ApiError(401, 'unauthorized', 'expired'))
    await store.getState().actions.chooseState('en', 'available')
    expect(store.getState().status).toBe('signed-out')
  })

  it('signs out even when the session had already expired', async () => {
    const api = fakeApi()
    api.logout.mockRejectedValueOnce(new ApiError(401, 'unauthorized', 'expired'))
    const store = createClerkSessionStore(api)
    await store.getState().actions.check('en')
    await store.getState().actions.signOut('en')
    expect(store.getState()).toMatchObject({ status: 'signed-out', csrfToken: null })
  })
})

describe('clerk API', () => {
  it('sends the clerk CSRF token on state changes only, read at each call', async () => {
    const calls: { path: string; headers?: Record<string, string>; method?: string }[] = []
    let token: string | null = null
    const api = createClerkApi(
      () => token,
      async <T>(
        path: string,
        _l: string,
        request: { headers?: Record<string, string>; method?: string } = {},
      ) => {
        calls.push({ path, headers: request.headers, method: request.method })
        return { followUps: [], clerk: clerkFixture() } as T
      },
    )
    token = 'abc'
    await api.callNext('en')
    await api.queue('en')
    await api.wrapUp('en', 'call 1', 'accepted', '')
    expect(calls[0]).toEqual({
      path: '/api/clerk/call-next',
      method: 'POST',
      headers: { 'X-OneHall-Clerk-CSRF': 'abc' },
    })
    expect(calls[1]!.headers).toBeUndefined()
    expect(calls[2]!.path).toBe('/api/clerk/calls/call%201/wrap-up')
  })
})
