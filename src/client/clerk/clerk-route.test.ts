import { describe, expect, it } from 'vitest'
import { routeFor } from '../../shared/app-routes'

describe('clerk console address', () => {
  it('is /clerk, with or without a trailing slash, and nothing below it', () => {
    expect(routeFor('/clerk')).toBe('clerk')
    expect(routeFor('/clerk/')).toBe('clerk')
    expect(routeFor('/clerk/admin')).toBe('not-found')
  })
})
