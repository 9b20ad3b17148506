import { describe, expect, it } from 'vitest'
import { createChatModel } from './chat-model'

function model(canSend = true) {
  const sent: { text: string; clientId: string }[] = []
  let n = 0
  const chat = createChatModel({
    role: 'citizen',
    newId: () => `c${++n}`,
    now: () => 1000,
    send: (line) => {
      if (!canSend) return false
      sent.push(line)
      return true
    },
  })
  return { chat, sent, setCanSend: (v: boolean) => (canSend = v) }
}

const echo = (id: string, clientId: string | undefined, from: 'citizen' | 'clerk', text: string) =>
  ({ type: 'chat.message', callId: 'call1', from, id, clientId, text, at: 5000 }) as const

describe('chat model', () => {
  it('shows our line at once as pending, then confirmed by the echo', () => {
    const { chat, sent } = model()
    const line = chat.say('  hello  ')
    expect(line).toMatchObject({ text: 'hello', status: 'pending', clientId: 'c1' })
    expect(sent).toEqual([{ text: 'hello', clientId: 'c1' }])
    chat.receive(echo('m1', 'c1', 'citizen', 'hello'))
    expect(chat.lines).toEqual([
      { clientId: 'c1', id: 'm1', from: 'citizen', text: 'hello', at: 5000, status: 'sent' },
    ])
  })

  it('ignores blank lines', () => {
    const { chat, sent } = model()
    expect(chat.say('   ')).toBeNull()
    expect(chat.lines).toEqual([])
    expect(sent).toEqual([])
  })

  it('never shows a line twice: a repeated echo, or a line resent across a reconnect', () => {
    const { chat, sent, setCanSend } = model()
    setCanSend(false)
    chat.say('are you there?')
    setCanSend(true)
    expect(chat.resendPending()).toBe(1)
    expect(sent).toEqual([{ text: 'are you there?', clientId: 'c1' }])
    chat.receive(echo('m1', 'c1', 'citizen', 'are you there?'))
    chat.receive(echo('m1', 'c1', 'citizen', 'are you there?'))
    chat.receive(echo('m2', 'x', 'clerk', 'yes'))
    chat.receive(echo('m2', 'x', 'clerk', 'yes'))
    expect(chat.lines.map((l) => [l.id, l.text, l.status])).toEqual([
      ['m1', 'are you there?', 'sent'],
      ['m2', 'yes', 'sent'],
    ])
    expect(chat.resendPending()).toBe(0)
  })

  it("does not take the other party's line for ours when client ids collide", () => {
    const { chat } = model()
    chat.say('hi')
    chat.receive(echo('m9', 'c1', 'clerk', 'hello from the clerk'))
    expect(chat.lines.map((l) => [l.from, l.status])).toEqual([
      ['citizen', 'pending'],
      ['clerk', 'sent'],
    ])
  })

  it('tells subscribers about each change', () => {
    const { chat } = model()
    let calls = 0
    const stop = chat.subscribe(() => calls++)
    chat.say('a')
    chat.receive(echo('m1', 'c1', 'citizen', 'a'))
    stop()
    chat.say('b')
    expect(calls).toBe(2)
  })
})
