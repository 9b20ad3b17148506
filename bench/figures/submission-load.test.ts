import { describe, expect, it } from 'vitest'
import { parseProcStatCpuMs } from './submission-load'

describe('parseProcStatCpuMs', () => {
  it('adds user and system ticks at 100 per second', () => {
    const stat = '4768 (node) S 4725 4725 1378 0 -1 4194304 100 0 0 0 250 35 0 0 20 0 11 0 567246 3133440 412'
    expect(parseProcStatCpuMs(stat)).toBe(2850)
  })
  it('reads past a command name with spaces and parentheses', () => {
    const stat = '12 (my (odd) name) R 1 1 1 0 -1 0 0 0 0 0 7 3 0 0 20 0 1 0 5 6 7'
    expect(parseProcStatCpuMs(stat)).toBe(100)
  })
  it('is null for text that is not a stat line', () => {
    expect(parseProcStatCpuMs('nonsense')).toBeNull()
  })
})
