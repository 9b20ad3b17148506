import { describe, expect, it } from 'vitest'
import {
  COMFORT_STORAGE_KEY,
  DEFAULT_COMFORT,
  defaultComfort,
  nextOption,
  parseComfort,
  SEATED_RAISE,
  SNAP_ANGLES,
  stepHeight,
  viewRaise,
} from './comfort-settings'
import { createComfortStore } from './comfort-store'

describe('comfort settings', () => {
  it('defaults to 45 degree snap turns and teleport only', () => {
    expect(DEFAULT_COMFORT.snapAngle).toBe(45)
    expect(DEFAULT_COMFORT.teleportOnly).toBe(true)
  })

  it('keeps valid stored fields and drops a corrupt entry', () => {
    expect(parseComfort('{"seated":true,"snapAngle":30}')).toEqual({
      ...DEFAULT_COMFORT,
      seated: true,
      snapAngle: 30,
    })
    expect(parseComfort('{"heightOffset":9}')).toEqual(DEFAULT_COMFORT)
    expect(parseComfort('not json')).toEqual(DEFAULT_COMFORT)
  })

  it('cycles options and steps the height within range', () => {
    expect(nextOption(SNAP_ANGLES, 45)).toBe(60)
    expect(nextOption(SNAP_ANGLES, 90)).toBe(30)
    expect(stepHeight(0, 1)).toBe(0.1)
    expect(stepHeight(0.5, 1)).toBe(0.5)
    expect(stepHeight(-0.4, -1)).toBe(-0.5)
  })

  it('raises a seated view', () => {
    expect(viewRaise({ seated: true, heightOffset: 0.1 })).toBeCloseTo(SEATED_RAISE + 0.1)
    expect(viewRaise({ seated: false, heightOffset: 0 })).toBe(0)
  })

  it('persists changes', () => {
    const saved = new Map<string, string>()
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
    }
    const store = createComfortStore(storage)
    store.getState().actions.set({ seated: true, snapAngle: 90 })
    expect(JSON.parse(saved.get(COMFORT_STORAGE_KEY) ?? '{}')).toMatchObject({ seated: true, snapAngle: 90 })
    expect(createComfortStore(storage).getState().seated).toBe(true)
  })

  it('starts reduced motion from the system preference when nothing is stored', () => {
    expect(defaultComfort(true).reducedMotion).toBe(true)
    expect(parseComfort(null, true).reducedMotion).toBe(true)
    expect(parseComfort(null, false).reducedMotion).toBe(false)
    // Other stored settings without reducedMotion still follow the system.
    expect(parseComfort('{"seated":true}', true)).toEqual({
      ...DEFAULT_COMFORT,
      seated: true,
      reducedMotion: true,
    })
    // A stored choice wins over the system.
    expect(parseComfort('{"reducedMotion":false}', true).reducedMotion).toBe(false)
    expect(parseComfort('{"reducedMotion":true}', false).reducedMotion).toBe(true)
    // A corrupt entry falls back to the system preference too.
    expect(parseComfort('{"reducedMotion":"yes"}', true).reducedMotion).toBe(true)
  })

  it('asks the system only on first use, then persists the reduced-motion choice', () => {
    const saved = new Map<string, string>()
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
    }
    let asked = 0
    const prefers = (value: boolean) => () => {
      asked++
      return value
    }
    const first = createComfortStore(storage, prefers(true))
    expect(first.getState().reducedMotion).toBe(true)
    expect(asked).toBe(1)
    first.getState().actions.set({ reducedMotion: false })
    expect(JSON.parse(saved.get(COMFORT_STORAGE_KEY) ?? '{}')).toMatchObject({ reducedMotion: false })
    const again = createComfortStore(storage, prefers(true))
    expect(again.getState().reducedMotion).toBe(false)
    expect(asked).toBe(1)
  })

  it('falls back to off when the system preference cannot be read', () => {
    const store = createComfortStore(undefined, () => {
      throw new Error('no matchMedia')
    })
    expect(store.getState().reducedMotion).toBe(false)
  })
})
