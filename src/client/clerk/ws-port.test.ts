import { describe, expect, it } from 'vitest'
import type { ClientMessage, ServerMessage, ServerMessageType } from '../../shared/protocol'
import { portFromWsClient, type WsClientForPort } from './ws-port'

type State = 'connecting' | 'open' | 'reconnecting' | 'closed'

function fakeClient() {
  let state: State = 'connecting'
  const sent: ClientMessage[] = []
  const typed = new Map<string, Set<(m: ServerMessage) => void>>()
  const states = new Set<(s: State) => void>()
  const client = {
    get state() {
      return state
    },
    send: (message: ClientMessage) => {
      if (state !== 'open') return false
      sent.push(message)
      return true
    },
    on: (type: ServerMessageType, listener: (m: ServerMessage) => void) => {
      const set = typed.get(type) ?? new Set()
      typed.set(type, set)
      set.add(listener)
      return () => set.delete(listener)
    },
    onState: (listener: (s: State) => void) => {
      states.add(listener)
      return () => states.delete(listener)
    },
  } as unknown as WsClientForPort
  return {
    client,
    sent,
    setState(next: State) {
      state = next
      states.forEach((l) => l(next))
    },
    emit(message: ServerMessage) {
      typed.get(message.type)?.forEach((l) => l(message))
    },
    listenerCount: () => [...typed.values()].reduce((n, s) => n + s.size, 0) + states.size,
  }
}

describe('port over the shared WebSocket client', () => {
  it('reports open changes once per transition and passes every message type', () => {
    const fake = fakeClient()
    const port = portFromWsClient(fake.client)
    const opens: boolean[] = []
    const heard: string[] = []
    const stopOpen = port.onOpenChange((open) => opens.push(open))
    const stopMessages = port.onMessage((m) => heard.push(m.type))
    expect(port.isOpen()).toBe(false)
    fake.setState('open')
    fake.setState('reconnecting')
    fake.setState('connecting')
    fake.setState('open')
    expect(opens).toEqual([true, false, true])
    expect(port.send({ type: 'ping' })).toBe(true)
    fake.emit({ type: 'queue.update', hallId: 'h', departmentId: 'd', waiting: [] })
    fake.emit({ type: 'chat.message', callId: 'c', from: 'citizen', id: 'm', text: 'hi', at: 1 })
    expect(heard).toEqual(['queue.update', 'chat.message'])
    stopOpen()
    stopMessages()
    expect(fake.listenerCount()).toBe(0)
  })
})
