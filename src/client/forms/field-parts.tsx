import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldViewModel } from './field-view-model'

/** The ids of a question's hint and error, for `aria-describedby`. */
export function describedBy(field: FieldViewModel): string | undefined {
  const ids = [
    field.hint ? `${field.inputId}-hint` : null,
    field.prefilledNote ? `${field.inputId}-prefilled` : null,
    field.fileLimits ? `${field.inputId}-limits` : null,
    field.error ? `${field.inputId}-error` : null,
  ].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

/** Hint, pre-fill note, upload limits and error message under a question's label, in GOV.UK's order. */
export function FieldNotes({ field }: { field: FieldViewModel }) {
  const { t } = useTranslation('forms')
  return (
    <>
      {field.hint && (
        <div id={`${field.inputId}-hint`} className="field-hint">
          {field.hint}
        </div>
      )}
      {field.prefilledNote && (
        <div id={`${field.inputId}-prefilled`} className="field-prefilled">
          {field.prefilledNote}
        </div>
      )}
      {field.fileLimits && (
        <div id={`${field.inputId}-limits`} className="field-hint">
          {field.fileLimits}
        </div>
      )}
      {field.error && (
        <p id={`${field.inputId}-error`} className="error-message">
          <span className="visually-hidden">{t('errorPrefix')}</span> {field.error}
        </p>
      )}
    </>
  )
}

/** A question's wrapper: a red bar on the left when it has an error. */
export function FormGroup({ field, children }: { field: FieldViewModel; children: ReactNode }) {
  return (
    <div
      className={field.error ? 'form-group form-group-error' : 'form-group'}
      data-testid="form-field"
      data-field-id={field.id}
      data-field-type={field.type}
    >
      {children}
    </div>
  )
}
