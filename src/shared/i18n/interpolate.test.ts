import { describe, expect, it } from 'vitest'
import { interpolate, pluralKey } from './interpolate'

describe('interpolate', () => {
  it('fills every placeholder, with or without spaces', () => {
    expect(interpolate('Counter {{number}} · {{ department }}', { number: '07', department: 'Tax' })).toBe(
      'Counter 07 · Tax',
    )
  })

  it('leaves unknown placeholders visible', () => {
    expect(interpolate('{{count}} of {{total}}', { count: 3 })).toBe('3 of {{total}}')
  })
})

describe('pluralKey', () => {
  it('uses _one for one in English and _other otherwise', () => {
    expect(pluralKey('days', 1, 'en')).toBe('days_one')
    expect(pluralKey('days', 0, 'en')).toBe('days_other')
    expect(pluralKey('days', 5, 'en')).toBe('days_other')
  })

  it('always uses _other in Chinese', () => {
    expect(pluralKey('days', 1, 'zh')).toBe('days_other')
  })
})
