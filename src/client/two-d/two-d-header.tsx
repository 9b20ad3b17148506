import { useTranslation } from 'react-i18next'
import { PreferenceControls } from '../ui/preference-controls'

/**
 * The 2D page's header: skip link, site name, navigation to the 3D hall and the preference controls,
 * in the same order as on the hall page.
 */
export function TwoDHeader({ hallHref, twoDHref }: { hallHref: string; twoDHref: string }) {
  const { t } = useTranslation()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <p className="site-name">{t('appName')}</p>
        <nav aria-label={t('mainNav')}>
          <ul className="nav-list">
            <li>
              <a className="button" href={hallHref}>
                {t('hall3d')}
              </a>
            </li>
            <li>
              <a className="button" href={twoDHref} aria-current="page">
                {t('twoDMode')}
              </a>
            </li>
          </ul>
        </nav>
        <PreferenceControls />
      </header>
    </>
  )
}
