import { describe, expect, it } from 'vitest'
import type { Hall } from '../../shared/scene/schema'
import { parseTwoDLocation, resolveTwoDSelection, twoDHref } from './two-d-location'

const hall = {
  departments: [{ id: 'tax' }, { id: 'civil-affairs' }],
  services: [
    { id: 'tax-invoice', departmentId: 'tax' },
    { id: 'marriage-registration', departmentId: 'civil-affairs' },
  ],
} as unknown as Hall

describe('parseTwoDLocation', () => {
  it('reads ?dept= and ?service=', () => {
    expect(parseTwoDLocation('?hall=x&dept=tax&service=tax-invoice', '')).toEqual({
      departmentId: 'tax',
      serviceId: 'tax-invoice',
    })
  })

  it('reads a #dept- fragment when there is no ?dept=', () => {
    expect(parseTwoDLocation('', '#dept-civil-affairs')).toEqual({
      departmentId: 'civil-affairs',
      serviceId: null,
    })
    expect(parseTwoDLocation('?dept=tax', '#dept-civil-affairs').departmentId).toBe('tax')
  })

  it('selects nothing by default', () => {
    expect(parseTwoDLocation('', '#main')).toEqual({ departmentId: null, serviceId: null })
  })
})

describe('resolveTwoDSelection', () => {
  it('keeps a valid selection', () => {
    expect(resolveTwoDSelection(hall, { departmentId: 'tax', serviceId: 'tax-invoice' })).toEqual({
      departmentId: 'tax',
      serviceId: 'tax-invoice',
    })
  })

  it('drops unknown ids', () => {
    expect(resolveTwoDSelection(hall, { departmentId: 'nope', serviceId: 'nope' })).toEqual({
      departmentId: null,
      serviceId: null,
    })
  })

  it('opens the department of a service given alone, and drops a service of another department', () => {
    expect(resolveTwoDSelection(hall, { departmentId: null, serviceId: 'marriage-registration' })).toEqual({
      departmentId: 'civil-affairs',
      serviceId: 'marriage-registration',
    })
    expect(resolveTwoDSelection(hall, { departmentId: 'tax', serviceId: 'marriage-registration' })).toEqual({
      departmentId: 'tax',
      serviceId: null,
    })
  })
})

describe('twoDHref', () => {
  it('links a department and a service, keeping a non-default hall', () => {
    expect(twoDHref('city-centre', 'tax')).toBe('/2d?dept=tax')
    expect(twoDHref('grid-200', 'tax', 'tax-invoice')).toBe('/2d?hall=grid-200&dept=tax&service=tax-invoice')
  })
})
