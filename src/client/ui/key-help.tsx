import { useTranslation } from 'react-i18next'

const HELP_KEYS = ['helpKeys', 'helpLook', 'helpFloor', 'helpCounter'] as const

/** The one-line help for moving in the 3D hall, in the page footer. */
export function KeyHelp() {
  const { t } = useTranslation('overlay')
  return (
    <footer className="key-help">
      <h2 className="visually-hidden">{t('helpTitle')}</h2>
      <ul>
        {HELP_KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </footer>
  )
}
