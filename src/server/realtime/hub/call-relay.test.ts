import { describe, expect, it } from 'vitest'
import { parseServerMessage, type ServerMessage } from '../../../shared/protocol'
import { maySend, routeCallMessage, toRelay } from './call-relay'

const callId = 'call-1'

describe('maySend', () => {
  it('lets both parties signal', () => {
    const ice = { type: 'signal.ice', callId, candidate: null } as const
    expect(maySend(ice, 'citizen')).toBe(true)
    expect(maySend(ice, 'clerk')).toBe(true)
  })

  it('keeps the form to the citizen and pointing and suggesting to the clerk', () => {
    const field = { type: 'cobrowse.field', callId, fieldId: 'name', value: 'Li' } as const
    const suggest = {
      type: 'cobrowse.suggest',
      callId,
      suggestionId: 's1',
      fieldId: 'name',
      value: 'Lee',
    } as const
    const accept = { type: 'cobrowse.accept', callId, suggestionId: 's1' } as const
    const highlight = { type: 'cobrowse.highlight', callId, fieldId: null } as const
    expect([maySend(field, 'citizen'), maySend(field, 'clerk')]).toEqual([true, false])
    expect([maySend(accept, 'citizen'), maySend(accept, 'clerk')]).toEqual([true, false])
    expect([maySend(suggest, 'citizen'), maySend(suggest, 'clerk')]).toEqual([false, true])
    expect([maySend(highlight, 'citizen'), maySend(highlight, 'clerk')]).toEqual([false, true])
  })
})

describe('toRelay', () => {
  it('adds who sent it and gives a valid server message', () => {
    const relay = toRelay({ type: 'signal.offer', callId, sdp: 'v=0' }, 'clerk')
    expect(relay).toEqual({ type: 'signal.offer', callId, sdp: 'v=0', from: 'clerk' })
    expect(parseServerMessage(JSON.stringify(relay)).ok).toBe(true)
  })
})

describe('routeCallMessage', () => {
  const at = 1
  it('never echoes signalling or co-browsing to its sender', () => {
    const offer: ServerMessage = { type: 'signal.offer', callId, sdp: 'v=0', from: 'clerk' }
    expect(routeCallMessage(offer, 'clerk').forward).toBe(false)
    expect(routeCallMessage(offer, 'citizen').forward).toBe(true)
    const field: ServerMessage = { type: 'cobrowse.field', callId, fieldId: 'a', value: 1, from: 'citizen' }
    expect(routeCallMessage(field, 'citizen').forward).toBe(false)
    expect(routeCallMessage(field, 'clerk').forward).toBe(true)
  })

  it('sends chat lines to both parties', () => {
    const line: ServerMessage = { type: 'chat.message', callId, from: 'citizen', id: 'm1', text: 'hi', at }
    expect(routeCallMessage(line, 'citizen').forward).toBe(true)
    expect(routeCallMessage(line, 'clerk').forward).toBe(true)
  })

  it('passes on presence of the other party only, and the end of the call to everybody', () => {
    const joined: ServerMessage = { type: 'call.event', callId, event: 'peer-joined', role: 'citizen', at }
    expect(routeCallMessage(joined, 'citizen')).toEqual({ forward: false })
    expect(routeCallMessage(joined, 'clerk')).toEqual({ forward: true, peer: 'joined' })
    const gone: ServerMessage = { type: 'call.event', callId, event: 'peer-reconnecting', role: 'clerk', at }
    expect(routeCallMessage(gone, 'citizen')).toEqual({ forward: true, peer: 'gone' })
    const ended: ServerMessage = { type: 'call.event', callId, event: 'ended', at }
    expect(routeCallMessage(ended, 'citizen').forward).toBe(true)
    expect(routeCallMessage(ended, 'clerk').forward).toBe(true)
  })

  it('drops what is not for call parties', () => {
    expect(routeCallMessage({ type: 'pong', at }, 'clerk').forward).toBe(false)
  })
})
