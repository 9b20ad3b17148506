import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useDocumentTitle, useLanguage } from '../app/use-hall'
import { readableDate } from '../forms/confirmation-step'
import { draftMemory } from '../forms/draft-memory'
import { api } from './api'
import { ApiError } from './api-client'
import type { Application, ApplicationEvent } from './api-types'
import { ErrorSummary, type ErrorSummaryEntry } from './error-summary'
import { SiteFrame } from './site-frame'
import { dateTimeText, statusText } from './status-text'

type Result = { application: Application; history: ApplicationEvent[] }

/** `/track`: reference number + resume code (or signed in as the owner) -> status and history. */
export function TrackPage({ hallId, search }: { hallId: string; search: string }) {
  const { t } = useTranslation('account')
  const language = useLanguage()
  const params = new URLSearchParams(search)
  const [reference, setReference] = useState(params.get('reference') ?? '')
  const [code, setCode] = useState(() => draftMemory.codeForReference(params.get('reference') ?? '') ?? '')
  const [errors, setErrors] = useState<ErrorSummaryEntry[]>([])
  const [attempts, setAttempts] = useState(0)
  const [result, setResult] = useState<Result | null>(null)
  useDocumentTitle(`${t('trackTitle')} · OneHall`)

  const look = async (ref: string, resumeCode: string) => {
    try {
      setResult(
        await api.application(
          language,
          ref.trim().toUpperCase(),
          resumeCode.trim().toUpperCase() || undefined,
        ),
      )
      setErrors([])
    } catch (error) {
      setResult(null)
      setErrors([
        {
          targetId: 'track-reference',
          message:
            error instanceof ApiError && error.status === 404
              ? t('trackNotFound')
              : String((error as Error).message),
        },
      ])
    }
  }

  // A link from the confirmation page or My applications: look it up straight away when possible.
  useEffect(() => {
    if (!reference) return
    let live = true
    api.application(language, reference.trim().toUpperCase(), code.trim().toUpperCase() || undefined).then(
      (found) => live && setResult(found),
      // Not found without a code is normal here: the form below asks for one.
      () => undefined,
    )
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on arrival
  }, [])

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setAttempts((n) => n + 1)
    const problems: ErrorSummaryEntry[] = []
    if (!reference.trim()) problems.push({ targetId: 'track-reference', message: t('trackReferenceEmpty') })
    setErrors(problems)
    if (problems.length === 0) void look(reference, code)
  }
  const errorFor = (id: string) => errors.find((e) => e.targetId === id)?.message

  return (
    <SiteFrame hallId={hallId} current="track">
      <ErrorSummary title={t('problem')} items={errors} focusKey={attempts} />
      <h1>{t('trackTitle')}</h1>
      <p className="lead">{t('trackIntro')}</p>
      <form noValidate onSubmit={onSubmit} className="track-form">
        {(
          [
            ['track-reference', t('trackReference'), t('trackReferenceHint'), reference, setReference],
            ['track-code', t('trackCode'), null, code, setCode],
          ] as const
        ).map(([id, label, hint, value, set]) => (
          <div key={id} className={errorFor(id) ? 'form-group form-group-error' : 'form-group'}>
            <label className="field-label" htmlFor={id}>
              {label}
            </label>
            {hint && (
              <div id={`${id}-hint`} className="field-hint">
                {hint}
              </div>
            )}
            {errorFor(id) && (
              <p id={`${id}-error`} className="error-message">
                <span className="visually-hidden">{t('errorPrefix')}</span> {errorFor(id)}
              </p>
            )}
            <input
              className="input input-medium"
              id={id}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={value}
              aria-invalid={errorFor(id) ? true : undefined}
              aria-describedby={
                [hint ? `${id}-hint` : '', errorFor(id) ? `${id}-error` : ''].join(' ').trim() || undefined
              }
              onChange={(event) => set(event.target.value)}
            />
          </div>
        ))}
        <button type="submit" className="button button-primary">
          {t('trackSubmit')}
        </button>
      </form>
      {result && (
        <section aria-labelledby="track-result" className="track-result" data-testid="track-result">
          <h2 id="track-result">
            {t('reference')}: <span data-testid="track-reference">{result.application.reference}</span>
          </h2>
          <dl className="summary-list">
            <div className="summary-row">
              <dt className="summary-key">{t('status')}</dt>
              <dd className="summary-value" data-testid="track-status">
                {statusText(result.application.status, language)}
              </dd>
            </div>
            <div className="summary-row">
              <dt className="summary-key">{t('submittedAt')}</dt>
              <dd className="summary-value">{dateTimeText(result.application.submittedAt, language)}</dd>
            </div>
            <div className="summary-row">
              <dt className="summary-key">{t('expectedBy')}</dt>
              <dd className="summary-value">{readableDate(result.application.expectedBy, language)}</dd>
            </div>
          </dl>
          <h3>{t('history')}</h3>
          <ol className="history-list">
            {result.history.map((event, index) => (
              <li key={`${event.at}-${index}`}>
                <strong>{statusText(event.status, language)}</strong> · {dateTimeText(event.at, language)}
                <div>{event.note[language]}</div>
              </li>
            ))}
          </ol>
          <p>{result.application.nextSteps[language]}</p>
        </section>
      )}
    </SiteFrame>
  )
}
