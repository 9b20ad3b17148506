import { describe, expect, it } from 'vitest'
import { loadingProgress, useLoadingStore } from './loading-store'
import { useStationStore } from './station-store'

describe('station store', () => {
  it('tracks the hovered and the selected counter separately', () => {
    const { actions } = useStationStore.getState()
    actions.hover('c-03')
    actions.select('c-07')
    expect(useStationStore.getState()).toMatchObject({ hoveredCounterId: 'c-03', selectedCounterId: 'c-07' })
    actions.hover(null)
    actions.close()
    expect(useStationStore.getState()).toMatchObject({ hoveredCounterId: null, selectedCounterId: null })
  })
})

describe('loading store', () => {
  it('records and clamps reported progress', () => {
    const { report } = useLoadingStore.getState().actions
    report('models', 3, 8)
    report('fonts', 5, 2)
    expect(useLoadingStore.getState().tasks).toEqual({
      models: { done: 3, total: 8 },
      fonts: { done: 2, total: 2 },
    })
  })
})

describe('loadingProgress', () => {
  it('is active and at zero before anything arrives', () => {
    expect(loadingProgress({}, 'loading')).toEqual({ fraction: 0, active: true })
  })

  it('weighs each task equally with the hall data', () => {
    const progress = loadingProgress({ models: { done: 5, total: 10 }, font: { done: 0, total: 1 } }, 'ready')
    expect(progress.fraction).toBeCloseTo((0.5 + 0 + 1) / 3)
    expect(progress.active).toBe(true)
  })

  it('finishes only when the hall data and every task are done', () => {
    expect(loadingProgress({ models: { done: 10, total: 10 } }, 'loading').active).toBe(true)
    expect(loadingProgress({ models: { done: 10, total: 10 } }, 'ready')).toEqual({
      fraction: 1,
      active: false,
    })
    expect(loadingProgress({ empty: { done: 0, total: 0 } }, 'ready').active).toBe(false)
  })
})
