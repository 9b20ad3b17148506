import { describe, expect, it } from 'vitest'
import { formatMachineFacts, loadWarning } from './machine'

describe('loadWarning', () => {
  it('stays quiet up to 70% of the cores', () => {
    expect(loadWarning(1.4, 2)).toBeNull()
    expect(loadWarning(0.2, 2)).toBeNull()
  })
  it('warns above 70% of the cores and says the load and the cores', () => {
    const warning = loadWarning(1.5, 2)
    expect(warning).toContain('1.50')
    expect(warning).toContain('2 cores')
  })
})

describe('formatMachineFacts', () => {
  it('prints CPUs, load and every warning', () => {
    const text = formatMachineFacts({
      cpus: 2,
      cpuModel: 'Test CPU',
      loadAverage: [3, 2, 1],
      memoryMiB: 4096,
      node: 'v20.0.0',
      platform: 'Linux',
      browser: 'Chromium 1',
      warnings: ['busy'],
    })
    expect(text).toContain('2 CPUs (Test CPU)')
    expect(text).toContain('load average at start: 3.00 2.00 1.00')
    expect(text).toContain('WARNING: busy')
  })
})
