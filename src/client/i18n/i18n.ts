import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { defaultNamespace, namespaces, resources } from '../../shared/i18n/resources'
import { usePreferencesStore } from '../app/preferences-store'

/**
 * Starts i18next with the shared resources in the visitor's language and keeps it following the
 * preferences store. Resources are bundled, so initialisation is synchronous and nothing flashes.
 */
export function initI18n(): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: usePreferencesStore.getState().language,
      fallbackLng: 'en',
      supportedLngs: ['zh', 'en'],
      ns: Object.keys(namespaces),
      defaultNS: defaultNamespace,
      // React escapes text itself.
      interpolation: { escapeValue: false },
      initAsync: false,
      react: { useSuspense: false },
    })
    usePreferencesStore.subscribe((state, previous) => {
      if (state.language !== previous.language) void i18next.changeLanguage(state.language)
    })
  }
  return i18next
}
