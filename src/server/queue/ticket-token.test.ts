import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashTicketToken, newTicketToken, verifyTicketToken } from './ticket-token'
import { addClerk } from '../clerks/testing/clerk-accounts'
import { buildTestApp, type TestApp } from '../testing/test-app'

let t: TestApp
let ticket: { id: string; token: string }
beforeAll(async () => {
  t = await buildTestApp({ records: true, language: 'en' })
  await addClerk(t.db, { departments: ['tax'] })
  const res = await t.call({
    method: 'POST',
    url: '/api/tickets',
    payload: { hallId: 'test-hall', departmentId: 'tax' },
  })
  ticket = { id: res.json().ticket.id, token: res.json().token }
})
afterAll(async () => t.close())

describe('ticket tokens', () => {
  it('are 32 random bytes, base64url, hashed with sha256', () => {
    const a = newTicketToken()
    expect(Buffer.from(a, 'base64url')).toHaveLength(32)
    expect(a).not.toBe(newTicketToken())
    expect(hashTicketToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('verify only the holder token of that ticket', async () => {
    expect(await verifyTicketToken(t.db, ticket.id, ticket.token)).toBe(true)
    for (const wrong of [newTicketToken(), ticket.token.slice(1), `${ticket.token}x`, '', null, undefined])
      expect(await verifyTicketToken(t.db, ticket.id, wrong)).toBe(false)
    expect(await verifyTicketToken(t.db, 'no-such-ticket', ticket.token)).toBe(false)
    // A stored hash presented as the token proves nothing.
    expect(await verifyTicketToken(t.db, ticket.id, hashTicketToken(ticket.token))).toBe(false)
  })
})
