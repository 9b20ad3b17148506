import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useDocumentTitle, useLanguage } from '../app/use-hall'
import { stepHref } from '../forms/apply-route'
import { api } from './api'
import { ErrorSummary } from './error-summary'
import { SiteFrame } from './site-frame'

const INPUT_ID = 'resume-code'

/** `/resume`: enter a resume code, then carry on with that draft (in any browser). */
export function ResumePage({ hallId }: { hallId: string }) {
  const { t } = useTranslation('account')
  const language = useLanguage()
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [attempts, setAttempts] = useState(0)
  const [busy, setBusy] = useState(false)
  useDocumentTitle(`${t('resumeTitle')} · OneHall`)

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setAttempts((n) => n + 1)
    const wanted = code.trim().toUpperCase()
    if (!wanted) {
      setError(t('resumeEmpty'))
      return
    }
    setBusy(true)
    try {
      const draft = await api.getDraft(language, wanted)
      window.location.assign(
        stepHref(draft.serviceId, { kind: 'start' }, draft.hallId || hallId, { code: draft.resumeCode }),
      )
    } catch (failure) {
      setError(
        failure instanceof Error && 'status' in failure && failure.status === 404
          ? t('resumeNotFound')
          : failure instanceof Error
            ? failure.message
            : String(failure),
      )
      setBusy(false)
    }
  }

  return (
    <SiteFrame hallId={hallId} current="resume">
      <ErrorSummary
        title={t('problem')}
        items={error ? [{ targetId: INPUT_ID, message: error }] : []}
        focusKey={attempts}
      />
      <h1>{t('resumeTitle')}</h1>
      <p className="lead">{t('resumeIntro')}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className={error ? 'form-group form-group-error' : 'form-group'}>
          <label className="field-label" htmlFor={INPUT_ID}>
            {t('resumeCode')}
          </label>
          <div id={`${INPUT_ID}-hint`} className="field-hint">
            {t('resumeCodeHint')}
          </div>
          {error && (
            <p id={`${INPUT_ID}-error`} className="error-message">
              <span className="visually-hidden">{t('errorPrefix')}</span> {error}
            </p>
          )}
          <input
            className="input input-medium"
            id={INPUT_ID}
            name="code"
            type="text"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            value={code}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${INPUT_ID}-hint ${INPUT_ID}-error` : `${INPUT_ID}-hint`}
            onChange={(event) => setCode(event.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('resumeSubmit')}
        </button>
      </form>
    </SiteFrame>
  )
}
