import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../app/use-hall'
import { ErrorSummary } from '../account/error-summary'
import { useClerkCallStore } from './clerk-stores'
import { WRAP_UP_OUTCOMES } from './clerk-types'
import { MAX_NOTES, WRAP_UP_INPUTS } from './wrap-up-model'

/** After the call: outcome and notes, then the clerk is available again. */
export function WrapUpForm() {
  const { t } = useTranslation('clerk')
  const language = useLanguage()
  const { phase, wrapUp, actions } = useClerkCallStore()
  const [outcome, setOutcome] = useState<string | null>(null)
  const [notes, setNotes] = useState('')
  if (phase !== 'wrap-up') return null
  const problemOf = (field: 'outcome' | 'notes') => wrapUp.problems.find((p) => p.field === field)
  const text = (key: 'outcomeEmpty' | 'notesTooLong') => t(key, { max: MAX_NOTES })
  const outcomeProblem = problemOf('outcome')
  const notesProblem = problemOf('notes')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void actions.submitWrapUp(language, { outcome, notes })
  }

  return (
    <section aria-labelledby="clerk-wrap-up" className="clerk-panel" data-testid="wrap-up">
      <ErrorSummary
        title={t('problem')}
        focusKey={wrapUp.attempt}
        items={wrapUp.problems.map((p) => ({ targetId: WRAP_UP_INPUTS[p.field], message: text(p.key) }))}
      />
      <h2 id="clerk-wrap-up">{t('wrapUpTitle')}</h2>
      <form noValidate onSubmit={submit}>
        <div className={outcomeProblem ? 'form-group form-group-error' : 'form-group'}>
          <fieldset
            className="fieldset"
            aria-describedby={outcomeProblem ? 'wrap-up-outcome-error' : undefined}
          >
            <legend className="field-label">{t('outcome')}</legend>
            {outcomeProblem && (
              <p className="error-message" id="wrap-up-outcome-error">
                {text(outcomeProblem.key)}
              </p>
            )}
            <div className="radios">
              {WRAP_UP_OUTCOMES.map((value) => (
                <div className="choice" key={value}>
                  <input
                    className="choice-input"
                    type="radio"
                    name="outcome"
                    id={`wrap-up-outcome-${value}`}
                    value={value}
                    checked={outcome === value}
                    onChange={() => setOutcome(value)}
                  />
                  <label className="choice-label" htmlFor={`wrap-up-outcome-${value}`}>
                    {t(`outcome_${value}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className={notesProblem ? 'form-group form-group-error' : 'form-group'}>
          <label className="field-label" htmlFor={WRAP_UP_INPUTS.notes}>
            {t('notes')}
          </label>
          <p className="field-hint" id="wrap-up-notes-hint">
            {t('notesHint', { max: MAX_NOTES })}
          </p>
          {notesProblem && (
            <p className="error-message" id="wrap-up-notes-error">
              {text(notesProblem.key)}
            </p>
          )}
          <textarea
            className="input textarea"
            id={WRAP_UP_INPUTS.notes}
            rows={4}
            value={notes}
            aria-invalid={notesProblem ? true : undefined}
            aria-describedby={notesProblem ? 'wrap-up-notes-hint wrap-up-notes-error' : 'wrap-up-notes-hint'}
            onChange={(event) => setNotes(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="button button-primary"
          disabled={wrapUp.submitting}
          data-testid="wrap-up-submit"
        >
          {t('wrapUpSubmit')}
        </button>
      </form>
    </section>
  )
}
