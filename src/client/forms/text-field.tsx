import { describedBy, FieldNotes, FormGroup } from './field-parts'
import type { FieldViewModel } from './field-view-model'

/** One box: text, long text (a textarea), number, resident ID, mobile and email questions. */
export function TextField({
  field,
  onChange,
}: {
  field: FieldViewModel
  onChange: (value: unknown) => void
}) {
  const common = {
    id: field.inputId,
    name: field.id,
    value: field.text,
    'aria-describedby': describedBy(field),
    'aria-invalid': field.error ? true : undefined,
    onChange: (event: { target: { value: string } }) =>
      onChange(event.target.value === '' ? undefined : event.target.value),
  }
  const type = field.type === 'email' ? 'email' : field.type === 'mobile' ? 'tel' : 'text'
  return (
    <FormGroup field={field}>
      <label className="field-label" htmlFor={field.inputId}>
        {field.label}
      </label>
      <FieldNotes field={field} />
      {field.type === 'long-text' ? (
        <textarea className="input textarea" rows={5} {...common} />
      ) : (
        <span className="input-with-unit">
          <input
            className={`input input-${field.input.width}`}
            type={type}
            inputMode={field.input.inputMode}
            autoComplete={field.input.autoComplete}
            spellCheck={field.type === 'text' ? undefined : false}
            {...common}
          />
          {field.unit && (
            <span className="input-unit" aria-hidden="true">
              {field.unit}
            </span>
          )}
        </span>
      )}
    </FormGroup>
  )
}
