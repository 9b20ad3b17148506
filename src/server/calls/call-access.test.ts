import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openClerkDesk, resetClerkDesk } from '../testing/clerk-session'
import type { FastifyRequest } from 'fastify'
import { authorizeCallJoin } from './call-access'
import { clerkHubDeps } from './hub-bindings'
import { CHAT_STORED_LENGTH, saveChatLine } from './chat'
import { insertTicket } from '../queue/testing/queue-rows'
import type { ClerkTestApp, SignedInClerk } from '../testing/test-app'

let t: ClerkTestApp
let social: SignedInClerk
let other: SignedInClerk

beforeAll(async () => {
  ;({ t, social, other } = await openClerkDesk())
})
afterAll(async () => t.close())
beforeEach(() => resetClerkDesk(t))

async function calledTicket(citizenId: string | null = null) {
  const ticket = await insertTicket(t, { citizenId })
  const res = await t.call({ method: 'POST', url: '/api/clerk/call-next', as: social })
  if (res.json().ticket?.id !== ticket.id) throw new Error(`call-next: ${res.body}`)
  return { ...ticket, callId: res.json().callId as string }
}
const post = (url: string) => t.call({ method: 'POST', url, as: social })

describe('who may join a call', () => {
  it('the assigned clerk, the ticket’s token holder, the signed-in citizen who took it; nobody else', async () => {
    const ticket = await calledTicket('demo-01')
    const party = { callId: ticket.callId, ticketId: ticket.id, clerkId: social.id }
    expect(await authorizeCallJoin(t.db, ticket.callId, { clerkId: social.id })).toEqual({
      ...party,
      role: 'clerk',
    })
    expect(await authorizeCallJoin(t.db, ticket.callId, { token: ticket.token })).toEqual({
      ...party,
      role: 'citizen',
    })
    expect(await authorizeCallJoin(t.db, ticket.callId, { citizenId: 'demo-01' })).toEqual({
      ...party,
      role: 'citizen',
    })
    const otherTicket = await insertTicket(t)
    for (const who of [
      {},
      { clerkId: other.id },
      { token: otherTicket.token },
      { token: ticket.token.slice(1) },
      { token: '' },
      { citizenId: 'demo-02' },
      { clerkId: null, token: null, citizenId: null },
    ])
      expect(await authorizeCallJoin(t.db, ticket.callId, who), JSON.stringify(who)).toBeNull()
    expect(await authorizeCallJoin(t.db, 'no-such-call', { clerkId: social.id })).toBeNull()
  })

  it('an anonymous ticket is joined by token only; nobody joins once the call has ended', async () => {
    const ticket = await calledTicket()
    expect(await authorizeCallJoin(t.db, ticket.callId, { citizenId: 'demo-01' })).toBeNull()
    await post(`/api/clerk/tickets/${ticket.id}/start`)
    expect((await authorizeCallJoin(t.db, ticket.callId, { token: ticket.token }))?.role).toBe('citizen')
    await post(`/api/clerk/calls/${ticket.callId}/end`)
    expect(await authorizeCallJoin(t.db, ticket.callId, { token: ticket.token })).toBeNull()
    expect(await authorizeCallJoin(t.db, ticket.callId, { clerkId: social.id })).toBeNull()
  })
})

describe('chat lines', () => {
  it('stores lines, and a resend with the same clientId is the same line', async () => {
    const ticket = await calledTicket()
    const first = await saveChatLine(t.db, ticket.callId, 'citizen', '你好', 'c-1', 1_000)
    expect(first).toEqual({ id: expect.stringMatching(/^[\w-]{16}$/), at: 1_000, duplicate: false })
    expect(await saveChatLine(t.db, ticket.callId, 'citizen', '你好', 'c-1', 2_000)).toEqual({
      ...first,
      duplicate: true,
    })
    // The same clientId from the other party is another line.
    expect((await saveChatLine(t.db, ticket.callId, 'clerk', 'Hello', 'c-1', 3_000)).duplicate).toBe(false)
    expect((await saveChatLine(t.db, ticket.callId, 'clerk', 'Again', undefined, 4_000)).duplicate).toBe(
      false,
    )
    const rows = await t.db
      .selectFrom('chat_messages')
      .select(['sender', 'text', 'at'])
      .where('call_id', '=', ticket.callId)
      .orderBy('at')
      .execute()
    expect(rows).toEqual([
      { sender: 'citizen', text: '你好', at: 1_000 },
      { sender: 'clerk', text: 'Hello', at: 3_000 },
      { sender: 'clerk', text: 'Again', at: 4_000 },
    ])
  })

  it('refuses empty lines and lines longer than the table holds, storing nothing', async () => {
    const ticket = await calledTicket()
    await expect(saveChatLine(t.db, ticket.callId, 'clerk', '   ')).rejects.toThrow(RangeError)
    await expect(
      saveChatLine(t.db, ticket.callId, 'clerk', '字'.repeat(CHAT_STORED_LENGTH + 1)),
    ).rejects.toThrow(RangeError)
    expect(
      (await saveChatLine(t.db, ticket.callId, 'clerk', '字'.repeat(CHAT_STORED_LENGTH))).duplicate,
    ).toBe(false)
    const count = await t.db
      .selectFrom('chat_messages')
      .select('id')
      .where('call_id', '=', ticket.callId)
      .execute()
    expect(count).toHaveLength(1)
  })
})

describe('the hub’s bindings', () => {
  it('identify the clerk by cookie and admit or refuse joins and chat as the modules do', async () => {
    const deps = clerkHubDeps(t.db)
    const request = (cookie: string) => ({ cookies: { onehall_clerk: cookie } }) as unknown as FastifyRequest
    const clerk = await deps.clerkFromRequest(request(social.cookie.split('=')[1]!))
    expect(clerk).toMatchObject({ id: social.id, hallId: 'test-hall', departments: ['social-security'] })
    expect(await deps.clerkFromRequest(request('forged'))).toBeNull()
    const ticket = await calledTicket()
    expect(
      await deps.authorizeCallJoin(ticket.callId, { clerkId: null, token: ticket.token, citizenId: null }),
    ).toMatchObject({
      role: 'citizen',
    })
    expect(
      await deps.authorizeCallJoin(ticket.callId, { clerkId: other.id, token: null, citizenId: null }),
    ).toBeNull()
    expect((await deps.saveChatLine(ticket.callId, 'clerk', 'hi', 'x1')).duplicate).toBe(false)
    expect((await deps.saveChatLine(ticket.callId, 'clerk', 'hi', 'x1')).duplicate).toBe(true)
  })
})
