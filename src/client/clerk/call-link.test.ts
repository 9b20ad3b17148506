import { describe, expect, it } from 'vitest'
import { mergeChatLine } from './call-link'
import type { ChatLine } from './call-store-state'

const relayed = (id: string, text: string, clientId?: string) => ({
  type: 'chat.message' as const,
  callId: 'c1',
  from: 'clerk' as const,
  id,
  text,
  at: 20,
  ...(clientId ? { clientId } : {}),
})

describe('mergeChatLine', () => {
  const pending: ChatLine = { key: 'local-1', from: 'clerk', text: 'Hello', at: 10, pending: true }

  it('confirms our pending line in place, keeping its key', () => {
    expect(mergeChatLine([pending], relayed('m1', 'Hello', 'local-1'))).toEqual([
      { key: 'local-1', from: 'clerk', text: 'Hello', at: 20, pending: false },
    ])
  })

  it('adds a line from the other side and ignores the same line twice', () => {
    const once = mergeChatLine([pending], { ...relayed('m2', 'Hi'), from: 'citizen' })!
    expect(once.map((l) => [l.key, l.from, l.pending])).toEqual([
      ['local-1', 'clerk', true],
      ['m2', 'citizen', false],
    ])
    expect(mergeChatLine(once, { ...relayed('m2', 'Hi'), from: 'citizen' })).toBeNull()
  })
})
