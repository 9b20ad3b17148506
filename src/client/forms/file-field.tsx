import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { formatBytes } from '../../shared/flow/file-check'
import { describedBy, FieldNotes, FormGroup } from './field-parts'
import type { FieldViewModel } from './field-view-model'

/**
 * A file question or document: limits stated before choosing, the upload starting as soon as a file is
 * chosen (announced in a live region), each uploaded file listed with a Remove button.
 */
export function FileField({
  field,
  busy,
  problem,
  onUpload,
  onRemove,
}: {
  field: FieldViewModel
  busy: boolean
  problem: string | null
  onUpload: (file: File) => void
  onRemove: (fileId: string) => void
}) {
  const { t } = useTranslation('forms')
  const input = useRef<HTMLInputElement>(null)
  const full = field.files.length >= field.maxFiles
  return (
    <FormGroup field={field}>
      <label className="field-label" htmlFor={field.inputId}>
        {field.label}
      </label>
      <FieldNotes field={field} />
      {field.files.length > 0 ? (
        <ul className="file-list" aria-label={field.label}>
          {field.files.map((file) => (
            <li key={file.id} className="file-item">
              <span>
                {file.name} <span className="file-size">({formatBytes(file.bytes)})</span>
              </span>
              <button
                type="button"
                className="button button-small"
                aria-label={t('removeFileNamed', { name: file.name })}
                onClick={() => onRemove(file.id)}
              >
                {t('removeFile')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="file-none">{t('noFiles')}</p>
      )}
      <input
        ref={input}
        className="file-input"
        id={field.inputId}
        name={field.id}
        type="file"
        accept={field.accept ?? undefined}
        disabled={busy || full}
        aria-describedby={describedBy(field)}
        aria-invalid={field.error ? true : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0]
          if (file) onUpload(file)
          event.target.value = ''
        }}
      />
      <p className="upload-status" role="status">
        {busy ? t('uploading') : problem ? t('uploadFailed', { message: problem }) : ''}
      </p>
    </FormGroup>
  )
}
