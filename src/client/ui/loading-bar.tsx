import { useTranslation } from 'react-i18next'
import { useHallDataStore } from '../app/hall-data-store'
import { loadingProgress, useLoadingStore } from '../app/loading-store'

/**
 * The loading progress bar over the hall: hall data plus every task in the loading store. It disappears
 * once everything is in; a hall data error is shown by {@link HallLoadError} instead.
 */
export function LoadingBar() {
  const { t } = useTranslation()
  const tasks = useLoadingStore((s) => s.tasks)
  const status = useHallDataStore((s) => s.status)
  const { fraction, active } = loadingProgress(tasks, status)
  if (!active || status === 'error') return null
  const percent = Math.round(fraction * 100)
  return (
    <div className="loading-card">
      <p id="loading-label">{t('loadingHall')}</p>
      <div
        role="progressbar"
        data-testid="loading-bar"
        aria-labelledby="loading-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('loadingPercent', { percent })}
        className="loading-track"
      >
        <div className="loading-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  )
}
