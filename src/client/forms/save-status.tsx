import { useTranslation } from 'react-i18next'
import { useFormStore } from './form-store'

/** "Saved (14:03)" after each autosave, announced politely. */
export function SaveStatus() {
  const { t, i18n } = useTranslation('forms')
  const save = useFormStore((s) => s.save)
  const time = save.at
    ? new Date(save.at).toLocaleTimeString(i18n.language === 'zh' ? 'zh-CN' : 'en-GB', {
        hour: '2-digit',
        minute: '2-digit',
      })
    : ''
  const text =
    save.state === 'saving'
      ? t('saving')
      : save.state === 'saved'
        ? t('savedAt', { time })
        : save.state === 'failed'
          ? t('saveFailed', { message: save.message ?? '' })
          : ''
  return (
    <p className={`save-status save-status-${save.state}`} role="status" data-testid="save-status">
      {text}
    </p>
  )
}
