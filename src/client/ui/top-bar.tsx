import { useTranslation } from 'react-i18next'
import type { Hall } from '../../shared/scene/schema'
import { usePreferencesStore } from '../app/preferences-store'
import { CounterMenu } from './counter-menu'
import { PreferenceControls } from './preference-controls'

/**
 * The hall page's header: hall name, the counter menu, the link to the 2D mode and the preference
 * controls. The 2D link keeps the chosen hall.
 */
export function TopBar({ hall, twoDHref }: { hall: Hall | null; twoDHref: string }) {
  const { t } = useTranslation()
  const language = usePreferencesStore((s) => s.language)
  return (
    <header className="top-bar">
      <h1 className="top-bar-title">{hall ? hall.name[language] : t('appName')}</h1>
      <nav className="top-bar-actions" aria-label={t('mainNav')}>
        {hall && <CounterMenu hall={hall} />}
        <a className="button" href={twoDHref}>
          {t('twoDMode')}
        </a>
      </nav>
      <PreferenceControls />
    </header>
  )
}
