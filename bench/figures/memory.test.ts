import { describe, expect, it } from 'vitest'
import type { WaitingRound } from './hub-waiting'
import { MEMORY_WAITING_CLIENTS, waitingMemoryRow } from './memory'

const MiB = 2 ** 20
const round = (clients: number, rssMiB: number | null): WaitingRound => ({
  clients,
  allMs: 100,
  p50Ms: 50,
  updated: clients,
  setupMs: 1000,
  rssBytes: rssMiB === null ? null : rssMiB * MiB,
})

describe('waitingMemoryRow', () => {
  it('reports the RSS of the rounds that held 5,000 clients, in MiB', () => {
    const row = waitingMemoryRow([
      round(2000, 300),
      round(MEMORY_WAITING_CLIENTS, 350),
      round(MEMORY_WAITING_CLIENTS, 370),
      round(MEMORY_WAITING_CLIENTS, 360),
      round(10000, 480),
    ])
    expect(row.status).toBe('report')
    expect(row.value).toMatchObject({ median: 360, min: 350, max: 370 })
  })

  it('skips rounds whose RSS could not be read', () => {
    const row = waitingMemoryRow([round(MEMORY_WAITING_CLIENTS, null), round(MEMORY_WAITING_CLIENTS, 400)])
    expect(row.value).toMatchObject({ median: 400 })
  })

  it('is not available when the ramp stopped below 5,000 clients, saying why', () => {
    const row = waitingMemoryRow([round(1000, 200), round(2000, 300)])
    expect(row.status).toBe('not available')
    expect(row.note).toMatch(/never held 5000 clients/)
  })

  it('is not available when the realtime figures did not run, with their reason', () => {
    const row = waitingMemoryRow('the hub figures failed: boom')
    expect(row.status).toBe('not available')
    expect(row.note).toContain('boom')
  })
})
