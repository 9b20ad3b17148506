import { describe, expect, it } from 'vitest'
import { originAllowed } from './origin'

describe('originAllowed', () => {
  it('accepts the page of the same host and port', () => {
    expect(originAllowed('http://127.0.0.1:8080', '127.0.0.1:8080')).toBe(true)
    expect(originAllowed('https://hall.gov.example', 'hall.gov.example')).toBe(true)
    expect(originAllowed('https://hall.gov.example', 'hall.gov.example:443')).toBe(true)
    expect(originAllowed('https://Hall.Gov.Example', 'hall.gov.example')).toBe(true)
  })

  it('refuses another site, another port, and nonsense', () => {
    expect(originAllowed('https://evil.example', 'hall.gov.example')).toBe(false)
    expect(originAllowed('http://127.0.0.1:9999', '127.0.0.1:8080')).toBe(false)
    expect(originAllowed('https://hall.gov.example.evil.example', 'hall.gov.example')).toBe(false)
    expect(originAllowed('null', 'hall.gov.example')).toBe(false)
    expect(originAllowed('file://hall.gov.example', 'hall.gov.example')).toBe(false)
    expect(originAllowed('https://hall.gov.example', undefined)).toBe(false)
  })

  it('lets clients without an Origin through (not browsers: no cookies to hijack)', () => {
    expect(originAllowed(undefined, 'hall.gov.example')).toBe(true)
  })
})
