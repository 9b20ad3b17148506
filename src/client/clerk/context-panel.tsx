import { useTranslation } from 'react-i18next'
import { useLanguage } from '../app/use-hall'
import { statusText } from '../account/status-text'
import type { Hall } from '../../shared/scene/schema'
import { answerRows, type AnswerRow } from './answer-rows'
import { useClerkCallStore } from './clerk-stores'

function AnswerList({ rows, testId }: { rows: AnswerRow[]; testId: string }) {
  const { t } = useTranslation('clerk')
  if (rows.length === 0) return <p>{t('noAnswers')}</p>
  return (
    <dl className="summary-list" data-testid={testId}>
      {rows.map((row) => (
        <div className="summary-row" key={row.fieldId} data-field={row.fieldId}>
          <dt className="summary-key">{row.label}</dt>
          <dd className="summary-value">{row.answered ? row.valueText : t('notAnswered')}</dd>
        </div>
      ))}
    </dl>
  )
}

/**
 * What the clerk sees before answering: service, ticket, and the draft or submitted answers labelled
 * from the service's flow. Loading it wrote a row to the citizen's data log, and the panel says so.
 */
export function ContextPanel({ hall }: { hall: Hall | null }) {
  const { t } = useTranslation('clerk')
  const language = useLanguage()
  const { ticket, context } = useClerkCallStore()
  if (!ticket) return null
  const data = context.data
  const serviceId = data?.service?.id ?? ticket.serviceId
  const service = serviceId ? hall?.services.find((s) => s.id === serviceId) : undefined
  const flow = service?.flow ?? null
  const serviceName = service?.name[language] ?? data?.service?.name?.[language] ?? serviceId
  const hasData = Boolean(data?.draft || data?.application)

  return (
    <section aria-labelledby="clerk-context" className="clerk-panel" data-testid="clerk-context">
      <h2 id="clerk-context">{t('contextTitle')}</h2>
      <dl className="summary-list">
        <div className="summary-row">
          <dt className="summary-key">{t('ticket')}</dt>
          <dd className="summary-value" data-testid="context-ticket">
            {ticket.number}
          </dd>
        </div>
        <div className="summary-row">
          <dt className="summary-key">{t('service')}</dt>
          <dd className="summary-value" data-testid="context-service">
            {serviceName ?? t('noService')}
          </dd>
        </div>
      </dl>
      {context.status === 'loading' && <p role="status">{t('loading')}</p>}
      {context.status === 'error' && (
        <p className="notice notice-error" role="alert">
          {t('failed', { message: context.error ?? '' })}
        </p>
      )}
      {context.status === 'ready' &&
        (hasData ? (
          <p className="notice" data-testid="context-logged">
            {t('contextLogged')}
          </p>
        ) : (
          <p>{t('contextAnonymous')}</p>
        ))}
      {data?.application && (
        <>
          <h3>
            {t('submittedAnswers', { reference: data.application.reference })} ·{' '}
            {statusText(data.application.status, language)}
          </h3>
          <AnswerList
            rows={answerRows(flow, data.application.answers, language)}
            testId="context-application"
          />
        </>
      )}
      {data?.draft && (
        <>
          <h3>{t('draftAnswers')}</h3>
          <AnswerList rows={answerRows(flow, data.draft.answers, language)} testId="context-draft" />
        </>
      )}
    </section>
  )
}
