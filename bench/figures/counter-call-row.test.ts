import { describe, expect, it } from 'vitest'
import { COUNTER_CALL_TIMED, videoCallRow } from './counter-call-row'

describe('videoCallRow', () => {
  it('passes when the median call is within 1.5x the median raw call, with min, max and ratio', () => {
    const row = videoCallRow([450, 600, 500], [400, 300, 350], null)
    expect(row.id).toBe('realtime.video')
    expect(row.value).toMatchObject({ median: 500, min: 450, max: 600, runs: 3 })
    expect(row.baseline).toMatchObject({ median: 350 })
    expect(row.ratio?.median).toBeCloseTo(500 / 350)
    expect(row.status).toBe('pass')
    expect(row.note).toContain(COUNTER_CALL_TIMED)
    expect(row.note).toContain('Ratio of the medians')
  })

  it('fails when the median call is over 1.5x, even if one run was fast', () => {
    const row = videoCallRow([300, 700, 800], [400, 400, 400], null)
    expect(row.ratio?.median).toBeCloseTo(1.75)
    expect(row.status).toBe('fail')
  })

  it('compares medians, not runs in pairs (the baseline calls ran separately)', () => {
    const row = videoCallRow([500, 500], [250, 1000], null)
    expect(row.ratio?.samples).toEqual([500 / 625])
  })

  it('is not available with the reason when the OneHall calls failed, keeping the baseline', () => {
    const row = videoCallRow('the OneHall call failed: timed out', [300, 310, 320], null)
    expect(row.status).toBe('not available')
    expect(row.value).toBeNull()
    expect(row.baseline?.median).toBe(310)
    expect(row.note).toBe('the OneHall call failed: timed out')
  })

  it('gives the server gap first and also says when the baseline failed', () => {
    const row = videoCallRow([500], 'relay did not open', 'tickets have not landed')
    expect(row.status).toBe('not available')
    expect(row.note).toBe('tickets have not landed; the call baseline failed: relay did not open')
  })

  it('reports the value without a ratio when only the baseline failed', () => {
    const row = videoCallRow([500, 520, 510], 'relay did not open', null)
    expect(row.value?.median).toBe(510)
    expect(row.ratio).toBeNull()
    expect(row.status).toBe('not available')
    expect(row.note).toContain('the call baseline failed: relay did not open')
  })

  it('is not available when no call was measured', () => {
    expect(videoCallRow([], [300], null).note).toBe('no call was measured')
  })
})
