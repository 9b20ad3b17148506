import { useTranslation } from 'react-i18next'
import { ElderModeSwitch } from './elder-mode-switch'
import { LanguageSelect } from './language-select'

/** Language and elder mode, grouped; the same controls sit in the same place on every page. */
export function PreferenceControls() {
  const { t } = useTranslation()
  return (
    <div className="preference-controls" role="group" aria-label={t('settings')}>
      <LanguageSelect />
      <ElderModeSwitch />
    </div>
  )
}
