import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { pageHref } from '../app/route'
import { PreferenceControls } from '../ui/preference-controls'
import '../styles/forms.css'

export type SitePage = 'me' | 'track' | 'resume' | 'apply' | 'call'

/**
 * The frame of the forms and account pages: skip link, header with the ways back into the hall, the
 * citizen's own pages and the preference controls (in the same place as on every page), then `<main>`.
 */
export function SiteFrame({
  hallId,
  current,
  children,
}: {
  hallId: string
  current: SitePage
  children: ReactNode
}) {
  const { t } = useTranslation()
  const { t: ta } = useTranslation('account')
  const links: { href: string; label: string; page?: SitePage }[] = [
    { href: pageHref('/', hallId), label: t('hall3d') },
    { href: pageHref('/2d', hallId), label: t('twoDMode') },
    { href: '/me', label: ta('myAccount'), page: 'me' },
    { href: '/track', label: ta('trackLink'), page: 'track' },
  ]
  return (
    <div className="text-page form-page">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <p className="site-name">{t('appName')}</p>
        <nav aria-label={t('mainNav')}>
          <ul className="nav-list">
            {links.map((link) => (
              <li key={link.href}>
                <a
                  className="button"
                  href={link.href}
                  aria-current={link.page === current ? 'page' : undefined}
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <PreferenceControls />
      </header>
      <main id="main" className="text-main form-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}
