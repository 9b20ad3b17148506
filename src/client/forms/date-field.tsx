import { joinDate, type DateParts } from './date-parts'
import { describedBy, FieldNotes, FormGroup } from './field-parts'
import { fieldInputId, type FieldViewModel } from './field-view-model'

const WIDTH = { year: 'input-year', month: 'input-2', day: 'input-2' } as const

/** GOV.UK's date input: three labelled boxes in a fieldset, in the language's order; typed text kept. */
export function DateField({
  field,
  onChange,
}: {
  field: FieldViewModel
  onChange: (value: unknown) => void
}) {
  const date = field.date
  if (!date) return null
  const parts: DateParts = { year: date.year, month: date.month, day: date.day }
  return (
    <FormGroup field={field}>
      <fieldset className="fieldset" role="group" aria-describedby={describedBy(field)}>
        <legend className="field-label">{field.label}</legend>
        <FieldNotes field={field} />
        <div className="date-input">
          {date.order.map((part) => {
            const id = fieldInputId(field.id, part)
            return (
              <div className="date-input-item" key={part}>
                <label className="date-input-label" htmlFor={id}>
                  {date.labels[part]}
                </label>
                <input
                  className={`input ${WIDTH[part]}`}
                  id={id}
                  name={`${field.id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  aria-invalid={field.error ? true : undefined}
                  value={parts[part]}
                  onChange={(event) => onChange(joinDate({ ...parts, [part]: event.target.value }))}
                />
              </div>
            )
          })}
        </div>
      </fieldset>
    </FormGroup>
  )
}
