import { useTranslation } from 'react-i18next'
import { useHall, useLanguage } from '../app/use-hall'
import { PreferenceControls } from '../ui/preference-controls'
import { closeClerkSocket, useClerkCallStore, useClerkQueueStore, useClerkSessionStore } from './clerk-stores'
import { CHOOSABLE_STATES, type ClerkPrincipal } from './clerk-types'

/** The console's header: who is signed in, at which window, in which state, and the state switch. */
export function ConsoleHeader({ clerk }: { clerk: ClerkPrincipal }) {
  const { t } = useTranslation('clerk')
  const language = useLanguage()
  const actions = useClerkSessionStore((s) => s.actions)
  const hall = useHall(clerk.hallId)
  const counter = hall?.counters.find((c) => c.id === clerk.counterId)
  const serverSet = clerk.state === 'busy' || clerk.state === 'wrap-up'

  const signOut = async () => {
    await actions.signOut(language)
    if (useClerkSessionStore.getState().status === 'signed-out') {
      useClerkQueueStore.getState().actions.stop()
      useClerkCallStore.getState().actions.reset()
      closeClerkSocket()
    }
  }

  return (
    <div className="clerk-header-bar">
      <p className="clerk-who">
        <strong data-testid="clerk-name">{t('signedInAs', { name: clerk.displayName[language] })}</strong>
        {counter && <span> · {t('windowLabel', { number: counter.number })}</span>}
        {clerk.isSupervisor && <span> · {t('supervisor')}</span>}
      </p>
      <div className="clerk-state" role="group" aria-labelledby="clerk-state-label">
        <span id="clerk-state-label">{t('stateLabel')}:</span>{' '}
        <strong className={`state-badge state-${clerk.state}`} data-testid="clerk-state" aria-live="polite">
          {t(`state_${clerk.state}`)}
        </strong>
        {CHOOSABLE_STATES.map((state) => (
          <button
            key={state}
            type="button"
            className="button button-small"
            aria-pressed={clerk.state === state}
            disabled={serverSet}
            aria-describedby={serverSet ? 'clerk-state-note' : undefined}
            onClick={() => void actions.chooseState(language, state)}
          >
            {t(state === 'available' ? 'setAvailable' : 'setAway')}
          </button>
        ))}
        {serverSet && (
          <span id="clerk-state-note" className="field-hint">
            {t('stateServerSet')}
          </span>
        )}
      </div>
      <button type="button" className="button button-small" onClick={() => void signOut()}>
        {t('signOut')}
      </button>
      <PreferenceControls />
    </div>
  )
}
