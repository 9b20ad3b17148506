import { useTranslation } from 'react-i18next'
import { PreferenceControls } from '../ui/preference-controls'
import { useDocumentTitle } from './use-hall'

/** Any unknown address: says so and offers both ways into the hall. */
export function NotFoundPage() {
  const { t } = useTranslation()
  useDocumentTitle(`${t('notFoundTitle')} · OneHall`)
  return (
    <div className="text-page">
      <header className="site-header">
        <p className="site-name">{t('appName')}</p>
        <PreferenceControls />
      </header>
      <main id="main" className="text-main">
        <h1>{t('notFoundTitle')}</h1>
        <p>{t('notFoundBody')}</p>
        <ul className="link-list">
          <li>
            <a href="/">{t('goHome')}</a>
          </li>
          <li>
            <a href="/2d">{t('goTwoD')}</a>
          </li>
        </ul>
      </main>
    </div>
  )
}
