import { useTranslation } from 'react-i18next'
import { describedBy, FieldNotes, FormGroup } from './field-parts'
import type { FieldViewModel } from './field-view-model'

/** An address as labelled boxes from the province down, each with its own error. */
export function AddressField({
  field,
  onChange,
}: {
  field: FieldViewModel
  onChange: (value: unknown) => void
}) {
  const { t } = useTranslation('forms')
  const current = Object.fromEntries(field.address.map((p) => [p.part, p.value]))
  const set = (part: string, value: string) => {
    const next: Record<string, string> = { ...current, [part]: value }
    for (const key of Object.keys(next)) if (next[key] === '') delete next[key]
    onChange(Object.keys(next).length > 0 ? next : undefined)
  }
  return (
    <FormGroup field={field}>
      <fieldset className="fieldset" aria-describedby={describedBy(field)}>
        <legend className="field-label">{field.label}</legend>
        <FieldNotes field={field} />
        {field.address.map((part) => (
          <div className={part.error ? 'address-part address-part-error' : 'address-part'} key={part.part}>
            <label className="address-part-label" htmlFor={part.inputId}>
              {part.label}
            </label>
            {part.error && (
              <p id={`${part.inputId}-error`} className="error-message">
                <span className="visually-hidden">{t('errorPrefix')}</span> {part.error}
              </p>
            )}
            <input
              className={`input ${part.part === 'detail' ? 'input-long' : 'input-medium'}`}
              id={part.inputId}
              name={`${field.id}-${part.part}`}
              type="text"
              value={part.value}
              aria-invalid={part.error ? true : undefined}
              aria-describedby={part.error ? `${part.inputId}-error` : undefined}
              onChange={(event) => set(part.part, event.target.value)}
            />
          </div>
        ))}
      </fieldset>
    </FormGroup>
  )
}
