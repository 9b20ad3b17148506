import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { topics } from '../bus'
import { startHubServer, settle, TestClient, type HubServer } from './testing/hub-kit'

const TOKEN = 'holder-secret-0123456789'
const callId = 'call-1'

let server: HubServer
beforeEach(async () => {
  server = await startHubServer()
  server.world.addTicket('t1', TOKEN, 'citizen-7')
  server.world.clerks.set('k1', {
    id: 'k1',
    hallId: 'city-centre',
    departments: ['tax'],
    isSupervisor: false,
  })
  server.world.clerks.set('k2', {
    id: 'k2',
    hallId: 'city-centre',
    departments: ['tax'],
    isSupervisor: false,
  })
  server.world.calls.set(callId, { ticketId: 't1', clerkId: 'k1' })
})
afterEach(async () => {
  await server.app.close()
  expect(server.bus.topicCount).toBe(0)
  await server.bus.close()
})

const clerk = (id = 'k1') => TestClient.connect(server.url, { headers: { 'x-test-clerk': id } })
const citizen = () => TestClient.connect(server.url)

/** Both parties joined and told of each other. */
async function joinBoth() {
  const c = await citizen()
  const k = await clerk()
  c.send({ type: 'call.join', callId, token: TOKEN })
  await c.next('call.joined')
  k.send({ type: 'call.join', callId })
  await k.next('call.joined')
  await c.next('call.event', (e) => e.event === 'peer-joined')
  await k.next('call.event', (e) => e.event === 'peer-joined')
  return { c, k }
}

describe('call.join', () => {
  it('lets in the holder and the assigned clerk with their roles and ICE servers', async () => {
    const c = await citizen()
    const k = await clerk()
    c.send({ type: 'call.join', callId, token: TOKEN })
    k.send({ type: 'call.join', callId })
    expect(await c.next('call.joined')).toEqual({
      type: 'call.joined',
      callId,
      role: 'citizen',
      iceServers: [{ urls: 'stun:stun.test:3478', username: 'call-1/citizen' }],
    })
    expect((await k.next('call.joined')).role).toBe('clerk')
    await Promise.all([c.close(), k.close()])
  })

  it('lets the signed-in holder in without the token', async () => {
    const c = await TestClient.connect(server.url, { headers: { 'x-test-citizen': 'citizen-7' } })
    c.send({ type: 'call.join', callId })
    expect((await c.next('call.joined')).role).toBe('citizen')
    await c.close()
  })

  it('refuses a third party (another clerk, a wrong token, nobody) and relays nothing to them', async () => {
    const { c, k } = await joinBoth()
    const otherClerk = await clerk('k2')
    const wrongToken = await citizen()
    const nobody = await TestClient.connect(server.url, { headers: { 'x-test-citizen': 'citizen-8' } })
    otherClerk.send({ type: 'call.join', callId })
    wrongToken.send({ type: 'call.join', callId, token: 'guessed-token-0123456789' })
    nobody.send({ type: 'call.join', callId })
    for (const outsider of [otherClerk, wrongToken, nobody])
      expect((await outsider.next('error')).code).toBe('forbidden')
    expect(server.bus.subscriberCount(topics.call(callId))).toBe(2)
    // Not joined: sending into the call is refused too.
    nobody.send({ type: 'signal.ice', callId, candidate: null })
    expect((await nobody.next('error')).code).toBe('forbidden')
    k.send({ type: 'signal.offer', callId, sdp: 'v=0 offer' })
    await c.next('signal.offer')
    await settle()
    for (const outsider of [otherClerk, wrongToken, nobody]) expect(outsider.all('signal.offer')).toEqual([])
    await Promise.all([c, k, otherClerk, wrongToken, nobody].map((x) => x.close()))
  })

  it('tells each party once when both are in, whoever came first', async () => {
    const { c, k } = await joinBoth()
    await settle()
    expect(c.all('call.event')).toEqual([])
    expect(k.all('call.event')).toEqual([])
    await Promise.all([c.close(), k.close()])
  })

  it('peer-reconnecting when one socket closes, peer-joined again when it rejoins', async () => {
    const { c, k } = await joinBoth()
    await c.close()
    expect(await k.next('call.event')).toMatchObject({ event: 'peer-reconnecting', role: 'citizen' })
    const again = await citizen()
    again.send({ type: 'call.join', callId, token: TOKEN })
    await again.next('call.joined')
    expect(await k.next('call.event')).toMatchObject({ event: 'peer-joined', role: 'citizen' })
    expect(await again.next('call.event')).toMatchObject({ event: 'peer-joined', role: 'clerk' })
    await settle()
    expect([...k.all('call.event'), ...again.all('call.event')]).toEqual([])
    await Promise.all([again.close(), k.close()])
  })

  it('peer-left on call.leave, and passes on the end of the call to both', async () => {
    const { c, k } = await joinBoth()
    await server.bus.publish(topics.call(callId), { type: 'call.event', callId, event: 'ended', at: 5 })
    expect((await c.next('call.event')).event).toBe('ended')
    expect((await k.next('call.event')).event).toBe('ended')
    c.send({ type: 'call.leave', callId })
    expect(await k.next('call.event')).toMatchObject({ event: 'peer-left', role: 'citizen' })
    await Promise.all([c.close(), k.close()])
  })
})

describe('signalling', () => {
  it('relays signal.* to the other party only, with from', async () => {
    const { c, k } = await joinBoth()
    k.send({ type: 'signal.offer', callId, sdp: 'v=0 offer' })
    expect(await c.next('signal.offer')).toEqual({
      type: 'signal.offer',
      callId,
      sdp: 'v=0 offer',
      from: 'clerk',
    })
    c.send({ type: 'signal.answer', callId, sdp: 'v=0 answer' })
    expect((await k.next('signal.answer')).from).toBe('citizen')
    const candidate = {
      candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host',
      sdpMid: '0',
      sdpMLineIndex: 0,
    }
    c.send({ type: 'signal.ice', callId, candidate })
    expect((await k.next('signal.ice')).candidate).toEqual(candidate)
    await c.sync()
    await k.sync()
    expect([...c.all('signal.offer'), ...c.all('signal.answer'), ...c.all('signal.ice')]).toEqual([])
    expect(k.all('signal.offer')).toEqual([])
    await Promise.all([c.close(), k.close()])
  })
})

describe('chat', () => {
  it('saves a line once per clientId and echoes it to both; a resend after reconnect is not duplicated', async () => {
    const { c, k } = await joinBoth()
    c.send({ type: 'chat.send', callId, text: '  hello  ', clientId: 'line-1' })
    const mine = await c.next('chat.message')
    const theirs = await k.next('chat.message')
    expect(theirs).toEqual(mine)
    expect(mine).toMatchObject({ from: 'citizen', text: 'hello', clientId: 'line-1' })

    await c.close()
    const again = await citizen()
    again.send({ type: 'call.join', callId, token: TOKEN })
    await again.next('call.joined')
    again.send({ type: 'chat.send', callId, text: 'hello', clientId: 'line-1' })
    expect((await again.next('chat.message')).id).toBe(mine.id)
    await settle()
    expect(k.all('chat.message')).toEqual([])
    expect(server.world.chat).toHaveLength(1)
    await Promise.all([again.close(), k.close()])
  })

  it('answers `invalid` when the store refuses a line, and relays nothing', async () => {
    const { c, k } = await joinBoth()
    server.world.chatLimit = 5
    c.send({ type: 'chat.send', callId, text: 'longer than five' })
    expect((await c.next('error')).code).toBe('invalid')
    c.send({ type: 'chat.send', callId, text: 'short' })
    expect((await k.next('chat.message')).text).toBe('short')
    expect(k.all('chat.message')).toEqual([])
    await Promise.all([c.close(), k.close()])
  })
})

describe('co-browsing', () => {
  it('takes form messages from the citizen and suggestions from the clerk, never the other way', async () => {
    const { c, k } = await joinBoth()
    c.send({ type: 'cobrowse.field', callId, fieldId: 'name', value: 'Li Lei' })
    expect(await k.next('cobrowse.field')).toMatchObject({
      from: 'citizen',
      fieldId: 'name',
      value: 'Li Lei',
    })
    k.send({ type: 'cobrowse.suggest', callId, suggestionId: 's1', fieldId: 'name', value: 'Li Lei Jr' })
    expect((await c.next('cobrowse.suggest')).from).toBe('clerk')
    c.send({ type: 'cobrowse.accept', callId, suggestionId: 's1' })
    await k.next('cobrowse.accept')

    k.send({ type: 'cobrowse.field', callId, fieldId: 'name', value: 'forged' })
    expect((await k.next('error')).code).toBe('forbidden')
    k.send({ type: 'cobrowse.accept', callId, suggestionId: 's1' })
    expect((await k.next('error')).code).toBe('forbidden')
    c.send({ type: 'cobrowse.highlight', callId, fieldId: 'name' })
    expect((await c.next('error')).code).toBe('forbidden')
    await settle()
    expect(c.all('cobrowse.field')).toEqual([])
    expect(k.all('cobrowse.highlight')).toEqual([])
    await Promise.all([c.close(), k.close()])
  })
})
