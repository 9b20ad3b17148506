import { describe, expect, it } from 'vitest'
import {
  COMFORT_STORAGE_KEY,
  DEFAULT_COMFORT,
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
})
