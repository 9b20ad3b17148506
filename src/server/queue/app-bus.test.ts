import { describe, expect, it } from 'vitest'
import type { ServerMessage } from '../../shared/protocol'
import { createMemoryBus } from '../realtime/memory-bus'
import { buildTestApp } from '../testing/test-app'

const pong: ServerMessage = { type: 'pong', at: 1 }

describe('app.bus', () => {
  it('is an in-process bus by default, closed with the app', async () => {
    const t = await buildTestApp({ records: true, language: 'en' })
    const got: unknown[] = []
    t.app.bus.subscribe('board:test-hall', (m) => void got.push(m))
    await t.app.bus.publish('board:test-hall', pong)
    expect(got).toEqual([pong])
    await t.close()
    await expect(t.app.bus.publish('board:test-hall', pong)).rejects.toThrow(/closed/)
  })

  it('uses a bus passed in and leaves it open when the app closes', async () => {
    const bus = createMemoryBus<ServerMessage>()
    const t = await buildTestApp({ records: true, language: 'en', bus })
    expect(t.app.bus).toBe(bus)
    await t.close()
    await expect(bus.publish('board:test-hall', pong)).resolves.toBeUndefined()
    await bus.close()
  })
})
