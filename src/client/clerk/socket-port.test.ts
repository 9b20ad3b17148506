import { afterEach, describe, expect, it, vi } from 'vitest'
import { connectSocketPort, type SocketLike } from './socket-port'

class FakeSocket implements SocketLike {
  readyState = 0
  sent: string[] = []
  onopen: (() => void) | null = null
  onclose: (() => void) | null = null
  onmessage: ((event: { data: unknown }) => void) | null = null
  send(text: string) {
    this.sent.push(text)
  }
  close() {
    this.readyState = 3
    this.onclose?.()
  }
  open() {
    this.readyState = 1
    this.onopen?.()
  }
}

afterEach(() => vi.useRealTimers())

describe('socket port', () => {
  it('sends only when open, hands over parsed server messages and drops bad ones', () => {
    const sockets: FakeSocket[] = []
    const port = connectSocketPort('ws://x/api/ws', () => {
      const s = new FakeSocket()
      sockets.push(s)
      return s
    })
    const heard: string[] = []
    port.onMessage((m) => heard.push(m.type))
    expect(port.send({ type: 'ping' })).toBe(false)
    sockets[0]!.open()
    expect(port.send({ type: 'ping', nonce: 'a' })).toBe(true)
    expect(JSON.parse(sockets[0]!.sent[0]!)).toEqual({ type: 'ping', nonce: 'a' })
    sockets[0]!.onmessage?.({ data: '{"type":"pong","at":1}' })
    sockets[0]!.onmessage?.({ data: '{"type":"pong"' })
    sockets[0]!.onmessage?.({ data: '{"type":"admin"}' })
    expect(heard).toEqual(['pong'])
  })

  it('reconnects with growing, jittered delays and tells listeners, until closed', () => {
    vi.useFakeTimers()
    const sockets: FakeSocket[] = []
    const port = connectSocketPort(
      'ws://x/api/ws',
      () => {
        const s = new FakeSocket()
        sockets.push(s)
        return s
      },
      () => 0,
    )
    const states: boolean[] = []
    port.onOpenChange((open) => states.push(open))
    sockets[0]!.open()
    sockets[0]!.close()
    vi.advanceTimersByTime(249)
    expect(sockets).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(sockets).toHaveLength(2)
    sockets[1]!.close()
    vi.advanceTimersByTime(499)
    expect(sockets).toHaveLength(2)
    vi.advanceTimersByTime(1)
    expect(sockets).toHaveLength(3)
    sockets[2]!.open()
    expect(port.isOpen()).toBe(true)
    port.close()
    vi.advanceTimersByTime(60_000)
    expect(sockets).toHaveLength(3)
    expect(states).toEqual([true, false, false, true, false])
  })
})
