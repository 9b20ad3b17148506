import { useTranslation } from 'react-i18next'
import { usePreferencesStore } from '../app/preferences-store'

/**
 * The elder-mode checkbox (label "Elder mode" / "长者模式"). The real input covers the whole label so the
 * target is as large as the drawn switch (60 px in elder mode).
 */
export function ElderModeSwitch() {
  const { t } = useTranslation()
  const elderMode = usePreferencesStore((s) => s.elderMode)
  const { setElderMode } = usePreferencesStore((s) => s.actions)
  return (
    <label className="control switch">
      <input type="checkbox" checked={elderMode} onChange={(e) => setElderMode(e.target.checked)} />
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      <span>{t('elderMode')}</span>
    </label>
  )
}
