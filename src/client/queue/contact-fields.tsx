import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldErrors } from './contact-form-model'

/** The input id of a field of one form (forms share a page, so ids carry the form's prefix). */
export const inputId = (form: string, field: string) => `${form}-${field}`

/** GOV.UK error summary for one of the queue forms: focused on each failed submit, each problem a link. */
export function FormErrorSummary({
  form,
  errors,
  order,
  attempt,
}: {
  form: string
  errors: FieldErrors
  /** Field ids in page order. */
  order: readonly string[]
  /** Changes on every failed submit, so the summary takes focus again. */
  attempt: number
}) {
  const { t } = useTranslation('queue')
  const ref = useRef<HTMLDivElement>(null)
  const items = order.flatMap((field) => {
    const message = errors[field]
    return message ? [{ field, message }] : []
  })
  const shown = items.length > 0
  useEffect(() => {
    if (shown) ref.current?.focus()
  }, [shown, attempt])
  if (!shown) return null
  const titleId = `${form}-error-summary-title`
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={ref}
      data-testid="error-summary"
    >
      <h4 id={titleId} className="error-summary-title">
        {t('errorSummaryTitle')}
      </h4>
      <ul className="error-summary-list">
        {items.map(({ field, message }) => (
          <li key={field}>
            <a
              href={`#${inputId(form, field)}`}
              onClick={(event) => {
                const target = document.getElementById(inputId(form, field))
                if (!target) return
                event.preventDefault()
                target.focus()
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** A field's message under its label, announced with an "Error:" prefix. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation('queue')
  if (!message) return null
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">{t('errorPrefix')}</span> {message}
    </p>
  )
}

/** A labelled text box with its hint and error; the typed value is kept whatever the error. */
export function TextInput({
  form,
  field,
  label,
  hint,
  value,
  error,
  onChange,
  type = 'text',
  autoComplete,
}: {
  form: string
  field: string
  label: string
  hint?: string
  value: string
  error: string | undefined
  onChange: (value: string) => void
  type?: 'text' | 'tel'
  autoComplete?: string
}) {
  const id = inputId(form, field)
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <Group error={error}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      )}
      <FieldError id={`${id}-error`} message={error} />
      <input
        className="input input-medium"
        id={id}
        name={field}
        type={type}
        value={value}
        autoComplete={autoComplete}
        inputMode={type === 'tel' ? 'tel' : undefined}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </Group>
  )
}

/** A question's wrapper, with the red bar when it has an error. */
export function Group({ error, children }: { error: string | undefined; children: ReactNode }) {
  return <div className={error ? 'form-group form-group-error' : 'form-group'}>{children}</div>
}
