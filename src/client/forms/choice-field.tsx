import { describedBy, FieldNotes, FormGroup } from './field-parts'
import type { FieldViewModel } from './field-view-model'

/**
 * Radios (single choice, yes/no) or checkboxes (multiple choice) in a fieldset whose legend is the
 * question. The first option carries the question's input id, so the error link focuses it.
 */
export function ChoiceField({
  field,
  onChange,
}: {
  field: FieldViewModel
  onChange: (value: unknown) => void
}) {
  const multiple = field.type === 'multiple-choice'
  const choose = (value: string, checked: boolean) => {
    if (field.type === 'yes-no') onChange(value === 'yes')
    else if (!multiple) onChange(value)
    else {
      const chosen = field.options
        .filter((o) => (o.value === value ? checked : o.checked))
        .map((o) => o.value)
      onChange(chosen.length > 0 ? chosen : undefined)
    }
  }
  return (
    <FormGroup field={field}>
      <fieldset className="fieldset" aria-describedby={describedBy(field)}>
        <legend className="field-label">{field.label}</legend>
        <FieldNotes field={field} />
        <div
          className={multiple ? 'checkboxes' : field.type === 'yes-no' ? 'radios radios-inline' : 'radios'}
        >
          {field.options.map((option) => (
            <div className="choice" key={option.value}>
              <input
                className="choice-input"
                id={option.inputId}
                name={field.id}
                type={multiple ? 'checkbox' : 'radio'}
                value={option.value}
                checked={option.checked}
                aria-describedby={option.hint ? `${option.inputId}-hint` : undefined}
                onChange={(event) => choose(option.value, event.target.checked)}
              />
              <label className="choice-label" htmlFor={option.inputId}>
                {option.label}
              </label>
              {option.hint && (
                <div id={`${option.inputId}-hint`} className="field-hint choice-hint">
                  {option.hint}
                </div>
              )}
            </div>
          ))}
        </div>
      </fieldset>
    </FormGroup>
  )
}
