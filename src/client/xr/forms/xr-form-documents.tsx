import { Container, Text } from '@react-three/uikit'
import { formText } from '../../forms/form-text'
import { documentsViewModel, type FormContext } from '../../forms/form-view-model'
import { XrButton } from '../xr-button'
import { xrT } from '../xr-text'
import { XR_THEME } from '../xr-theme'
import { xrFormActions } from './xr-form-actions'
import { XrFormHeading, XrFormHint, XrFormNote } from './xr-form-parts'

/**
 * The documents that apply, with their limits, and the plain statement that they are attached on the
 * 2D page with the resume code (a headset has no file picker). Continue goes to Check your answers.
 */
export function XrFormDocuments({ ctx, code }: { ctx: FormContext; code: string }) {
  const model = documentsViewModel(ctx)
  const { language } = ctx
  return (
    <>
      <XrFormHeading text={model.title} />
      <XrFormNote name="form.upload-later" text={xrT(language, 'uploadLater', { code })} />
      {model.documents.map((doc) => (
        <Container key={doc.id} flexDirection="column" gap={4}>
          <Text fontWeight="bold">{doc.label}</Text>
          {doc.hint && <XrFormHint text={doc.hint} />}
          {doc.fileLimits && <XrFormHint text={doc.fileLimits} />}
          {doc.files.length > 0 ? (
            doc.files.map((f) => (
              <Text key={f.id} color={XR_THEME.accent}>
                {formText(language, 'uploaded', { name: f.name })}
              </Text>
            ))
          ) : (
            <XrFormHint text={formText(language, 'noFiles')} />
          )}
        </Container>
      ))}
      <Container flexDirection="row" gap={12} marginTop={8}>
        <XrButton
          name="form.back"
          label={formText(language, 'back')}
          onSelect={() => xrFormActions.follow(model.backHref)}
        />
        <XrButton
          name="form.continue"
          variant="primary"
          label={formText(language, 'continue')}
          onSelect={xrFormActions.toCheck}
        />
      </Container>
    </>
  )
}
