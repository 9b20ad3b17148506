import { create } from 'zustand'
import { COMFORT_STORAGE_KEY, parseComfort, type ComfortSettings } from './comfort-settings'

export type ComfortState = ComfortSettings & {
  actions: {
    set: (change: Partial<ComfortSettings>) => void
  }
}

/** Where the store keeps its settings; tests pass a fake. */
export type ComfortStorage = Pick<Storage, 'getItem' | 'setItem'> | undefined

/**
 * Creates a comfort store that starts from storage and writes every change back. `prefersReducedMotion`
 * is asked only when nothing about reduced motion is stored (first use).
 */
export function createComfortStore(
  storage: ComfortStorage,
  prefersReducedMotion: () => boolean = () => false,
) {
  let stored: string | null | undefined
  try {
    stored = storage?.getItem(COMFORT_STORAGE_KEY)
  } catch {
    stored = null
  }
  const initial: ComfortSettings = parseComfort(stored, systemPrefersIfNeeded(stored, prefersReducedMotion))
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

/** Asks the system preference only when the stored settings do not already decide reduced motion. */
function systemPrefersIfNeeded(stored: string | null | undefined, prefers: () => boolean): boolean {
  if (stored && parseComfort(stored, false).reducedMotion === parseComfort(stored, true).reducedMotion)
    return false
  try {
    return prefers()
  } catch {
    return false
  }
}

/** The system's reduced-motion preference (`prefers-reduced-motion: reduce`). */
export function systemPrefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false
}

function browserStorage(): ComfortStorage {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    return undefined
  }
}

/**
 * Headset comfort settings, remembered in localStorage ("onehall.comfort"); reduced motion follows the
 * system preference until the settings are first saved (any change writes them all). Language and
 * elder mode stay in the shared preferences store; these only matter in a headset.
 */
export const useComfortStore = createComfortStore(browserStorage(), systemPrefersReducedMotion)
