import { create } from 'zustand'
import { COMFORT_STORAGE_KEY, parseComfort, type ComfortSettings } from './comfort-settings'

export type ComfortState = ComfortSettings & {
  actions: {
    set: (change: Partial<ComfortSettings>) => void
  }
}

/** Where the store keeps its settings; tests pass a fake. */
export type ComfortStorage = Pick<Storage, 'getItem' | 'setItem'> | undefined

/** Creates a comfort store that starts from storage and writes every change back. */
export function createComfortStore(storage: ComfortStorage) {
  let initial: ComfortSettings
  try {
    initial = parseComfort(storage?.getItem(COMFORT_STORAGE_KEY))
  } catch {
    initial = parseComfort(null)
  }
  const store = create<ComfortState>()((set) => ({
    ...initial,
    actions: { set: (change) => set(change) },
  }))
  store.subscribe(({ actions: _, ...settings }) => {
    try {
      storage?.setItem(COMFORT_STORAGE_KEY, JSON.stringify(settings))
    } catch {
      // Full or blocked storage: the settings still hold for this visit.
    }
  })
  return store
}

function browserStorage(): ComfortStorage {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    return undefined
  }
}

/**
 * Headset comfort settings, remembered in localStorage ("onehall.comfort"). Language and elder mode
 * stay in the shared preferences store; these only matter in a headset.
 */
export const useComfortStore = createComfortStore(browserStorage())
