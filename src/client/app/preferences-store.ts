import { z } from 'zod'
import { create } from 'zustand'
import { LANGUAGES, type Language } from '../../shared/scene/localized'

/** The localStorage key the preferences are kept under. */
export const PREFERENCES_STORAGE_KEY = 'onehall.preferences'

const storedPreferencesSchema = z.object({
  language: z.enum(LANGUAGES),
  elderMode: z.boolean(),
})

/** What a visitor chose: the interface language and elder mode (larger text and targets). */
export type Preferences = z.infer<typeof storedPreferencesSchema>

export type PreferencesState = Preferences & {
  actions: {
    setLanguage: (language: Language) => void
    setElderMode: (elderMode: boolean) => void
  }
}

/** What the store needs from the browser; tests pass fakes, `undefined` parts are skipped. */
export type PreferencesEnvironment = {
  storage?: Pick<Storage, 'getItem' | 'setItem'>
  /** `navigator.language`, used when nothing is stored. */
  navigatorLanguage?: string
  /** Receives `lang` and `data-elder`; normally `document.documentElement`. */
  root?: Pick<HTMLElement, 'setAttribute'>
}

/** `zh`, `zh-CN`, `zh-Hant`... speak Chinese; everything else gets English. */
export function languageFromNavigator(navigatorLanguage: string | undefined): Language {
  return navigatorLanguage?.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}

/** The BCP 47 tag for `<html lang>`: Simplified Chinese is `zh-CN`. */
export function htmlLang(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en'
}

/**
 * Reads stored preferences; a missing, unparsable or invalid value (an old format, a hand edit) is ignored
 * so a corrupt entry can never break the page.
 */
export function readStoredPreferences(storage: PreferencesEnvironment['storage']): Preferences | null {
  try {
    const raw = storage?.getItem(PREFERENCES_STORAGE_KEY)
    if (!raw) return null
    const parsed = storedPreferencesSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

function applyToRoot(root: PreferencesEnvironment['root'], { language, elderMode }: Preferences): void {
  root?.setAttribute('lang', htmlLang(language))
  root?.setAttribute('data-elder', String(elderMode))
}

/**
 * Creates a preferences store bound to an environment: it starts from the stored value (or the browser
 * language), writes every change back to storage and mirrors it on the root element.
 */
export function createPreferencesStore(env: PreferencesEnvironment) {
  const initial: Preferences = readStoredPreferences(env.storage) ?? {
    language: languageFromNavigator(env.navigatorLanguage),
    elderMode: false,
  }
  const store = create<PreferencesState>()((set) => ({
    ...initial,
    actions: {
      setLanguage: (language) => set({ language }),
      setElderMode: (elderMode) => set({ elderMode }),
    },
  }))
  applyToRoot(env.root, initial)
  store.subscribe(({ language, elderMode }) => {
    applyToRoot(env.root, { language, elderMode })
    try {
      env.storage?.setItem(PREFERENCES_STORAGE_KEY, JSON.stringify({ language, elderMode }))
    } catch {
      // Storage can be full or blocked (private mode); the choice still holds for this visit.
    }
  })
  return store
}

function browserEnvironment(): PreferencesEnvironment {
  if (typeof window === 'undefined') return {}
  let storage: Storage | undefined
  try {
    storage = window.localStorage
  } catch {
    // Blocked storage throws on access.
  }
  return { storage, navigatorLanguage: navigator.language, root: document.documentElement }
}

/**
 * The visitor's language and elder-mode choice, remembered in localStorage ("onehall.preferences") and
 * applied to `<html lang>` and `<html data-elder>`. Default language follows the browser (zh* -> zh).
 */
export const usePreferencesStore = createPreferencesStore(browserEnvironment())
