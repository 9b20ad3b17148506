import { describe, expect, it } from 'vitest'
import { processCpuDelta } from './process-cpu'

describe('processCpuDelta', () => {
  it('sums each process own delta and singles out the GPU process', () => {
    const start = [
      { type: 'browser', id: 1, cpuTime: 1.0 },
      { type: 'GPU', id: 2, cpuTime: 2.0 },
      { type: 'renderer', id: 3, cpuTime: 0.5 },
    ]
    const end = [
      { type: 'browser', id: 1, cpuTime: 1.25 },
      { type: 'GPU', id: 2, cpuTime: 3.5 },
      { type: 'renderer', id: 3, cpuTime: 1.5 },
    ]
    expect(processCpuDelta(start, end)).toEqual({ gpu: 1.5, all: 2.75 })
  })
  it('counts a process that started meanwhile from zero and leaves out one that ended', () => {
    const start = [
      { type: 'renderer', id: 3, cpuTime: 5 },
      { type: 'renderer', id: 4, cpuTime: 9 },
    ]
    const end = [
      { type: 'renderer', id: 3, cpuTime: 6 },
      { type: 'renderer', id: 7, cpuTime: 0.5 },
    ]
    expect(processCpuDelta(start, end)).toEqual({ gpu: 0, all: 1.5 })
  })
})
