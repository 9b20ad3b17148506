import type { Language } from '../../shared/scene/localized'
import { AddressField } from './address-field'
import { ChoiceField } from './choice-field'
import { DateField } from './date-field'
import type { FieldViewModel } from './field-view-model'
import { FileField } from './file-field'
import { useFormStore } from './form-store'
import { TextField } from './text-field'

/** One question, rendered by its type; answers go straight to the form store. */
export function FieldInput({ field, language }: { field: FieldViewModel; language: Language }) {
  const { setAnswer, upload, removeFile } = useFormStore((s) => s.actions)
  const upload_ = useFormStore((s) => s.uploads[field.id])
  const onChange = (value: unknown) => setAnswer(field.id, value)
  switch (field.type) {
    case 'single-choice':
    case 'multiple-choice':
    case 'yes-no':
      return <ChoiceField field={field} onChange={onChange} />
    case 'date':
      return <DateField field={field} onChange={onChange} />
    case 'address':
      return <AddressField field={field} onChange={onChange} />
    case 'file':
      return (
        <FileField
          field={field}
          busy={upload_?.busy ?? false}
          problem={upload_?.message ?? null}
          onUpload={(file) => void upload(language, field.id, file)}
          onRemove={(fileId) => void removeFile(language, field.id, fileId)}
        />
      )
    default:
      return <TextField field={field} onChange={onChange} />
  }
}
