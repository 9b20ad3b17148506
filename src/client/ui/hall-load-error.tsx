import { useTranslation } from 'react-i18next'
import { useHallDataStore } from '../app/hall-data-store'

/**
 * Shown when the hall data could not be loaded: what went wrong, a retry button and, on the 3D page,
 * a way into the 2D mode.
 */
export function HallLoadError({ twoDHref }: { twoDHref?: string }) {
  const { t } = useTranslation()
  const error = useHallDataStore((s) => s.error)
  const status = useHallDataStore((s) => s.status)
  const { retry } = useHallDataStore((s) => s.actions)
  if (status !== 'error') return null
  return (
    <div className="message-card" role="alert">
      <h2>{t('loadErrorTitle')}</h2>
      <p lang="en">{error}</p>
      <p>{t('loadErrorHint')}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void retry()}>
          {t('retry')}
        </button>
        {twoDHref && (
          <a className="button" href={twoDHref}>
            {t('useTwoDInstead')}
          </a>
        )}
      </div>
    </div>
  )
}
