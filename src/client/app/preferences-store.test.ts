import { describe, expect, it } from 'vitest'
import {
  PREFERENCES_STORAGE_KEY,
  createPreferencesStore,
  htmlLang,
  languageFromNavigator,
  readStoredPreferences,
} from './preferences-store'

function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

function fakeRoot() {
  const attributes: Record<string, string> = {}
  return { attributes, setAttribute: (name: string, value: string) => void (attributes[name] = value) }
}

describe('languageFromNavigator', () => {
  it('picks Chinese for any zh tag and English otherwise', () => {
    expect(languageFromNavigator('zh-CN')).toBe('zh')
    expect(languageFromNavigator('zh-Hant-TW')).toBe('zh')
    expect(languageFromNavigator('ZH')).toBe('zh')
    expect(languageFromNavigator('en-GB')).toBe('en')
    expect(languageFromNavigator('fr')).toBe('en')
    expect(languageFromNavigator(undefined)).toBe('en')
  })
})

describe('htmlLang', () => {
  it('tags Chinese as Simplified Chinese', () => {
    expect(htmlLang('zh')).toBe('zh-CN')
    expect(htmlLang('en')).toBe('en')
  })
})

describe('readStoredPreferences', () => {
  it('reads a valid value', () => {
    const storage = fakeStorage({ [PREFERENCES_STORAGE_KEY]: '{"language":"zh","elderMode":true}' })
    expect(readStoredPreferences(storage)).toEqual({ language: 'zh', elderMode: true })
  })

  it.each([
    ['not JSON', '{language'],
    ['an unknown language', '{"language":"fr","elderMode":false}'],
    ['a wrong type', '{"language":"en","elderMode":"yes"}'],
    ['null', 'null'],
  ])('ignores %s', (_what, raw) => {
    expect(readStoredPreferences(fakeStorage({ [PREFERENCES_STORAGE_KEY]: raw }))).toBeNull()
  })

  it('survives storage that throws', () => {
    const storage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => undefined,
    }
    expect(readStoredPreferences(storage)).toBeNull()
  })
})

describe('createPreferencesStore', () => {
  it('defaults to the browser language and elder mode off', () => {
    const store = createPreferencesStore({ storage: fakeStorage(), navigatorLanguage: 'zh-CN' })
    expect(store.getState()).toMatchObject({ language: 'zh', elderMode: false })
  })

  it('starts from the stored value over the browser language', () => {
    const storage = fakeStorage({ [PREFERENCES_STORAGE_KEY]: '{"language":"en","elderMode":true}' })
    const store = createPreferencesStore({ storage, navigatorLanguage: 'zh-CN' })
    expect(store.getState()).toMatchObject({ language: 'en', elderMode: true })
  })

  it('falls back to defaults when the stored value is corrupt', () => {
    const storage = fakeStorage({ [PREFERENCES_STORAGE_KEY]: '{"language":42}' })
    const store = createPreferencesStore({ storage, navigatorLanguage: 'en-US' })
    expect(store.getState()).toMatchObject({ language: 'en', elderMode: false })
  })

  it('persists changes so a new store (a reload) sees them', () => {
    const storage = fakeStorage()
    const first = createPreferencesStore({ storage, navigatorLanguage: 'en' })
    first.getState().actions.setLanguage('zh')
    first.getState().actions.setElderMode(true)
    expect(JSON.parse(storage.items.get(PREFERENCES_STORAGE_KEY) ?? '')).toEqual({
      language: 'zh',
      elderMode: true,
    })
    const reloaded = createPreferencesStore({ storage, navigatorLanguage: 'en' })
    expect(reloaded.getState()).toMatchObject({ language: 'zh', elderMode: true })
  })

  it('mirrors the choice on the root element', () => {
    const root = fakeRoot()
    const store = createPreferencesStore({ storage: fakeStorage(), navigatorLanguage: 'en', root })
    expect(root.attributes).toEqual({ lang: 'en', 'data-elder': 'false' })
    store.getState().actions.setLanguage('zh')
    store.getState().actions.setElderMode(true)
    expect(root.attributes).toEqual({ lang: 'zh-CN', 'data-elder': 'true' })
  })

  it('keeps working when storage refuses writes', () => {
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    const store = createPreferencesStore({ storage, navigatorLanguage: 'en' })
    store.getState().actions.setElderMode(true)
    expect(store.getState().elderMode).toBe(true)
  })
})
