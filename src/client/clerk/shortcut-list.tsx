import { useTranslation } from 'react-i18next'
import { SHORTCUTS } from './shortcuts'

/** The console's keyboard shortcuts, shown on the page (a desk user learns them by seeing them). */
export function ShortcutList() {
  const { t } = useTranslation('clerk')
  return (
    <details className="clerk-shortcuts" open>
      <summary>{t('shortcutsTitle')}</summary>
      <dl className="shortcut-list">
        {SHORTCUTS.map((s) => (
          <div key={s.action}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{t(`shortcut_${s.action}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}
