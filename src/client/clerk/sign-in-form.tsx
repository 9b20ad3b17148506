import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../app/use-hall'
import { ErrorSummary } from '../account/error-summary'
import { useClerkSessionStore } from './clerk-stores'
import { SIGN_IN_INPUTS, type SignInField, type SignInProblem } from './sign-in-model'

/** The clerk sign-in: username and password, GOV.UK-style errors (summary + message at the box). */
export function SignInForm() {
  const { t } = useTranslation('clerk')
  const language = useLanguage()
  const { problems, attempt, signingIn, actions } = useClerkSessionStore()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const text = (p: SignInProblem) => t(p.key as 'failed', { message: p.detail ?? '' })
  const problemOf = (field: SignInField) => problems.find((p) => p.field === field)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void actions.signIn(language, username, password)
  }

  const box = (field: SignInField, type: 'text' | 'password', value: string, set: (v: string) => void) => {
    const problem = problemOf(field)
    const id = SIGN_IN_INPUTS[field]
    return (
      <div className={problem ? 'form-group form-group-error' : 'form-group'}>
        <label className="field-label" htmlFor={id}>
          {t(field)}
        </label>
        {problem && (
          <p className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">{t('problem')}: </span>
            {text(problem)}
          </p>
        )}
        <input
          className="input input-medium"
          id={id}
          name={field}
          type={type}
          value={value}
          autoComplete={field === 'username' ? 'username' : 'current-password'}
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(event) => set(event.target.value)}
        />
      </div>
    )
  }

  return (
    <section aria-labelledby="clerk-sign-in" className="clerk-sign-in">
      <ErrorSummary
        title={t('problem')}
        focusKey={attempt}
        items={problems.map((p) => ({ targetId: SIGN_IN_INPUTS[p.field], message: text(p) }))}
      />
      <h1 id="clerk-sign-in">{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      <form noValidate onSubmit={submit} data-testid="clerk-sign-in">
        {box('username', 'text', username, setUsername)}
        {box('password', 'password', password, setPassword)}
        <button type="submit" className="button button-primary" disabled={signingIn}>
          {signingIn ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </section>
  )
}
