import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Hall } from '../../shared/scene/schema'
import { useLanguage } from '../app/use-hall'
import { answerRows, flowField, suggestionInput } from './answer-rows'
import { useClerkCallStore } from './clerk-stores'
import { latestSuggestion } from './cobrowse-model'
import { SuggestForm } from './suggest-form'

/**
 * The citizen's form as they type it, each field with "highlight this field" and "suggest a
 * correction", and what the citizen did with the last suggestion.
 */
export function CobrowsePanel({ hall }: { hall: Hall | null }) {
  const { t } = useTranslation('clerk')
  const language = useLanguage()
  const { cobrowse, phase, ticket, actions } = useClerkCallStore()
  const [suggesting, setSuggesting] = useState<string | null>(null)
  if (phase !== 'called' && phase !== 'serving') return null
  const serviceId = cobrowse.serviceId ?? ticket?.serviceId ?? null
  const flow = hall?.services.find((s) => s.id === serviceId)?.flow ?? null
  const rows = cobrowse.received ? answerRows(flow, cobrowse.answers, language) : []

  return (
    <section aria-labelledby="clerk-cobrowse" className="clerk-panel" data-testid="cobrowse">
      <h2 id="clerk-cobrowse">{t('cobrowseTitle')}</h2>
      {!cobrowse.received && <p role="status">{t('cobrowseWaiting')}</p>}
      <ul className="cobrowse-fields" aria-live="polite">
        {rows.map((row) => {
          const field = flowField(flow, row.fieldId, cobrowse.answers)
          const suggestion = latestSuggestion(cobrowse, row.fieldId)
          const highlighted = cobrowse.highlight === row.fieldId
          return (
            <li
              key={row.fieldId}
              className={`cobrowse-field${highlighted ? ' cobrowse-highlighted' : ''}${cobrowse.lastChanged === row.fieldId ? ' cobrowse-changed' : ''}`}
              data-field={row.fieldId}
              data-testid="cobrowse-field"
            >
              <span className="summary-key">{row.label}</span>{' '}
              <span className="summary-value" data-testid="cobrowse-value">
                {row.answered ? row.valueText : t('notAnswered')}
              </span>
              <div className="button-row">
                <button
                  type="button"
                  className="button button-small"
                  aria-pressed={highlighted}
                  onClick={() => actions.highlight(highlighted ? null : row.fieldId)}
                >
                  {highlighted ? t('clearHighlight') : t('highlight')}
                  <span className="visually-hidden">: {row.label}</span>
                </button>
                {suggestionInput(field, language) && (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => setSuggesting(row.fieldId)}
                  >
                    {t('suggest')}
                    <span className="visually-hidden">: {row.label}</span>
                  </button>
                )}
              </div>
              {suggestion && (
                <p
                  className={`suggestion suggestion-${suggestion.status}`}
                  data-testid="suggestion-status"
                  data-status={suggestion.status}
                >
                  {t(`suggestion_${suggestion.status}`)}
                </p>
              )}
              {suggesting === row.fieldId && (
                <SuggestForm
                  fieldId={row.fieldId}
                  label={row.label}
                  field={field}
                  onCancel={() => setSuggesting(null)}
                  onSend={(value, note) => {
                    actions.suggest(row.fieldId, value, note || undefined)
                    setSuggesting(null)
                  }}
                />
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
