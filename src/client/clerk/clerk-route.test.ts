import { describe, expect, it } from 'vitest'
import { routeFor } from '../../shared/app-routes'
import { socketUrl } from './socket-port'

describe('clerk console address', () => {
  it('is /clerk, with or without a trailing slash, and nothing below it', () => {
    expect(routeFor('/clerk')).toBe('clerk')
    expect(routeFor('/clerk/')).toBe('clerk')
    expect(routeFor('/clerk/admin')).toBe('not-found')
  })

  it('opens its socket on the page’s own origin, secure when the page is', () => {
    expect(socketUrl({ protocol: 'https:', host: 'hall.example.cn' })).toBe('wss://hall.example.cn/api/ws')
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:8080' })).toBe('ws://127.0.0.1:8080/api/ws')
  })
})
