import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../app/use-hall'
import type { Hall } from '../../shared/scene/schema'
import { useClerkCallStore, useClerkQueueStore } from './clerk-stores'
import type { ClerkPrincipal } from './clerk-types'
import { POLL_MS } from './queue-feed'
import { queueSections } from './queue-model'

/** Re-renders every `ms` so "waited" minutes move on without any queue change. */
function useNow(ms: number) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms)
    return () => clearInterval(timer)
  }, [ms])
  return now
}

/** "Call next" and the live queue of the clerk's departments. */
export function QueuePanel({ clerk, hall }: { clerk: ClerkPrincipal; hall: Hall | null }) {
  const { t } = useTranslation('clerk')
  const language = useLanguage()
  const { model, mode, error } = useClerkQueueStore()
  const { calling, callNextProblem, phase, actions } = useClerkCallStore()
  const now = useNow(30_000)
  const sections = queueSections(model, clerk.departments, now)
  const departmentName = (id: string) => hall?.departments.find((d) => d.id === id)?.name[language] ?? id
  const flagText = (flag: string) =>
    ['elderly', 'disabled', 'pregnant'].includes(flag) ? t(`flag_${flag as 'elderly'}`) : flag

  return (
    <section aria-labelledby="clerk-queue" className="clerk-panel">
      <h2 id="clerk-queue">{t('queueTitle')}</h2>
      <p className="field-hint" role="status" data-testid="queue-mode" data-mode={mode ?? ''}>
        {mode === 'live'
          ? t('queueLive')
          : mode === 'polling'
            ? t('queuePolling', { seconds: POLL_MS / 1000 })
            : ''}
      </p>
      {error && <p className="notice notice-error">{t('failed', { message: error })}</p>}
      <button
        type="button"
        className="button button-primary clerk-call-next"
        data-testid="call-next"
        disabled={calling || phase !== 'idle' || clerk.state === 'away'}
        aria-keyshortcuts="Alt+N"
        onClick={() => void actions.callNext(language)}
      >
        {calling ? t('calling') : t('callNext')}
      </button>
      <div role="status" aria-live="polite">
        {callNextProblem && (
          <p className="notice notice-error" data-testid="call-next-problem" data-code={callNextProblem.code}>
            {callNextProblem.code === 'queue_empty'
              ? t('queueEmptyCalled')
              : t('failed', { message: callNextProblem.message })}
          </p>
        )}
      </div>
      {sections.map((section) => (
        <div key={section.departmentId} data-testid="queue-department" data-department={section.departmentId}>
          <h3>
            {departmentName(section.departmentId)}{' '}
            <span className="queue-count" data-testid="queue-count">
              ({t('waitingCount', { count: section.count })})
            </span>
          </h3>
          {section.rows.length === 0 ? (
            <p>{t('queueEmpty')}</p>
          ) : (
            <table className="data-table queue-table">
              <thead>
                <tr>
                  <th scope="col">{t('ticketNumber')}</th>
                  <th scope="col">{t('waited')}</th>
                  <th scope="col">{t('flags')}</th>
                </tr>
              </thead>
              <tbody>
                {section.rows.map((row) => (
                  <tr key={row.ticketId} data-testid="queue-row" data-number={row.number}>
                    <th scope="row">{row.number}</th>
                    <td>{t('waitedMinutes', { minutes: row.waitedMinutes })}</td>
                    <td>{row.flags.map(flagText).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </section>
  )
}
