import { describe, expect, it } from 'vitest'
import { ClerkPresence } from './presence'

describe('ClerkPresence', () => {
  it('counts each clerk’s sockets: connected until the last one closes, then seen at that moment', () => {
    let now = 1000
    const presence = new ClerkPresence(() => now)
    expect(presence.connected('k1')).toBe(false)
    expect(presence.lastSeen('k1')).toBe(1000)
    presence.opened('k1')
    presence.opened('k1')
    presence.opened('k2')
    now = 2000
    presence.closed('k1')
    expect(presence.connected('k1')).toBe(true)
    expect(presence.lastSeen('k1')).toBe(1000)
    now = 3000
    presence.closed('k1')
    expect(presence.connected('k1')).toBe(false)
    expect(presence.lastSeen('k1')).toBe(3000)
    expect(presence.connected('k2')).toBe(true)
  })

  it('starts afresh when a clerk comes back', () => {
    let now = 0
    const presence = new ClerkPresence(() => now)
    presence.opened('k1')
    presence.closed('k1')
    now = 500
    presence.opened('k1')
    expect(presence.connected('k1')).toBe(true)
    presence.closed('k1')
    expect(presence.lastSeen('k1')).toBe(500)
  })
})
