import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../shared/scene/localized'
import { htmlLang, usePreferencesStore } from '../app/preferences-store'

// Each language is named in itself, so a visitor who cannot read the current one still finds theirs.
const LANGUAGE_NAMES = { zh: '简体中文', en: 'English' } as const satisfies Record<Language, string>

/** The language `<select>` labelled "Language" / "语言"; changes apply at once and are remembered. */
export function LanguageSelect() {
  const { t } = useTranslation()
  const id = useId()
  const language = usePreferencesStore((s) => s.language)
  const { setLanguage } = usePreferencesStore((s) => s.actions)
  return (
    <div className="control">
      <label htmlFor={id}>{t('language')}</label>
      <select id={id} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={htmlLang(code)}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  )
}
