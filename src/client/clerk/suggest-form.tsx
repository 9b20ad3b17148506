import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Field } from '../../shared/flow'
import { useLanguage } from '../app/use-hall'
import { suggestionInput, suggestionValue } from './answer-rows'
import type { AnswerValue } from './protocol-types'

/** The clerk's proposed value for one field, typed or chosen, with an optional note. */
export function SuggestForm({
  fieldId,
  label,
  field,
  onSend,
  onCancel,
}: {
  fieldId: string
  label: string
  field: Field | null
  onSend: (value: AnswerValue, note: string) => void
  onCancel: () => void
}) {
  const { t } = useTranslation('clerk')
  const language = useLanguage()
  const input = suggestionInput(field, language)
  const [raw, setRaw] = useState(input?.kind === 'choice' ? (input.options[0]?.value ?? '') : '')
  const [note, setNote] = useState('')
  if (!input) return null
  const id = `suggest-${fieldId}`
  const value = suggestionValue(field, raw)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (value !== null) onSend(value, note.trim())
  }
  return (
    <form className="suggest-form" onSubmit={submit} data-testid="suggest-form">
      <label className="field-label" htmlFor={id}>
        {t('suggestLabel', { field: label })}
      </label>
      {input.kind === 'choice' ? (
        <select id={id} className="input" value={raw} onChange={(event) => setRaw(event.target.value)}>
          {input.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} className="input" value={raw} onChange={(event) => setRaw(event.target.value)} />
      )}
      <label className="field-label" htmlFor={`${id}-note`}>
        {t('suggestNote')}
      </label>
      <input
        id={`${id}-note`}
        className="input"
        maxLength={500}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={value === null}>
          {t('suggestSend')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  )
}
