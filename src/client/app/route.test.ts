import { describe, expect, it } from 'vitest'
import { DEFAULT_HALL_ID, hallIdFrom, pageHref, routeFor } from './route'

describe('routeFor', () => {
  it('maps the known paths', () => {
    expect(routeFor('/')).toBe('hall')
    expect(routeFor('/2d')).toBe('two-d')
    expect(routeFor('/2d/')).toBe('two-d')
    expect(routeFor('/call')).toBe('call')
  })

  it('sends anything else to not-found', () => {
    expect(routeFor('/3d')).toBe('not-found')
    expect(routeFor('/2d/extra')).toBe('not-found')
    expect(routeFor('/api')).toBe('not-found')
  })
})

describe('hallIdFrom', () => {
  it('reads ?hall= and defaults to the city centre', () => {
    expect(hallIdFrom('?hall=grid-200')).toBe('grid-200')
    expect(hallIdFrom('')).toBe(DEFAULT_HALL_ID)
    expect(hallIdFrom('?hall=')).toBe(DEFAULT_HALL_ID)
  })
})

describe('pageHref', () => {
  it('keeps a non-default hall and extra parameters', () => {
    expect(pageHref('/2d', 'grid-200')).toBe('/2d?hall=grid-200')
    expect(pageHref('/2d', DEFAULT_HALL_ID)).toBe('/2d')
    expect(pageHref('/2d', 'grid-200', { dept: 'tax' })).toBe('/2d?hall=grid-200&dept=tax')
    expect(pageHref('/', DEFAULT_HALL_ID, { dept: 'tax' })).toBe('/?dept=tax')
  })
})
