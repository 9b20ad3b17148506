import { Container, Text } from '@react-three/uikit'
import type { Answers } from '../../../shared/flow/answers'
import type { Language } from '../../../shared/scene/localized'
import type { FieldViewModel } from '../../forms/field-view-model'
import { useFormStore } from '../../forms/form-store'
import { formText } from '../../forms/form-text'
import { xrT } from '../xr-text'
import { XR_THEME } from '../xr-theme'
import { answerFromBox, dateBoxText, toggleOption } from './xr-form-flow'
import { XrFormHint } from './xr-form-parts'
import { XrFormInput } from './xr-form-input'
import { XrFormOption } from './xr-form-option'

type FieldProps = { field: FieldViewModel; language: Language; answers: Answers }

function setAnswer(fieldId: string, value: unknown) {
  useFormStore.getState().actions.setAnswer(fieldId, value)
}

/** Options of a single choice, yes/no or multiple choice question, as big buttons. */
function Choices({ field }: FieldProps) {
  const multiple = field.type === 'multiple-choice'
  const choose = (value: string) => {
    if (field.type === 'yes-no') setAnswer(field.id, value === 'yes')
    else if (!multiple) setAnswer(field.id, value)
    else {
      const current = field.options.filter((o) => o.checked).map((o) => o.value)
      const order = field.options.map((o) => o.value)
      setAnswer(field.id, toggleOption(current, value, order))
    }
  }
  return (
    <Container flexDirection={field.type === 'yes-no' ? 'row' : 'column'} gap={10}>
      {field.options.map((option) => (
        <XrFormOption
          key={option.value}
          name={`form.option:${field.id}:${option.value}`}
          label={option.label}
          hint={option.hint}
          checked={option.checked}
          box={multiple}
          onSelect={() => choose(option.value)}
        />
      ))}
    </Container>
  )
}

/** The boxes of an address, each labelled, each with its own message. */
function AddressBoxes({ field, language }: FieldProps) {
  return (
    <Container flexDirection="column" gap={8}>
      {field.address.map((part) => (
        <Container key={part.part} flexDirection="column" gap={4}>
          <Text fontSize={XR_THEME.hintSize}>{part.label}</Text>
          {part.error && <Text color={XR_THEME.error}>{part.error}</Text>}
          <XrFormInput
            name={`form.field:${field.id}:${part.part}`}
            language={language}
            value={part.value}
            invalid={part.error !== null}
            onChange={(text) => setAnswer(field.id, answerFromBox(field, text, part.part))}
          />
        </Container>
      ))}
    </Container>
  )
}

function Control(props: FieldProps) {
  const { field, language, answers } = props
  switch (field.type) {
    case 'single-choice':
    case 'multiple-choice':
    case 'yes-no':
      return <Choices {...props} />
    case 'address':
      return <AddressBoxes {...props} />
    case 'file':
      return (
        <Container flexDirection="column" gap={4}>
          <Text color={XR_THEME.accent}>{xrT(language, 'fileInVr')}</Text>
          {field.fileLimits && <XrFormHint text={field.fileLimits} />}
          {field.files.map((f) => (
            <Text key={f.id}>{formText(language, 'uploaded', { name: f.name })}</Text>
          ))}
        </Container>
      )
    case 'date':
      return (
        <XrFormInput
          name={`form.field:${field.id}`}
          language={language}
          value={dateBoxText(answers, field.id)}
          placeholder={xrT(language, 'datePlaceholder')}
          inputMode="numeric"
          invalid={field.error !== null}
          onChange={(text) => setAnswer(field.id, answerFromBox(field, text))}
        />
      )
    default:
      return (
        <Container flexDirection="column" gap={4}>
          <XrFormInput
            name={`form.field:${field.id}`}
            language={language}
            value={field.text}
            inputMode={field.input.inputMode}
            multiline={field.type === 'long-text'}
            invalid={field.error !== null}
            onChange={(text) => setAnswer(field.id, answerFromBox(field, text))}
          />
          {field.unit && <XrFormHint text={formText(language, 'unitAfter', { unit: field.unit })} />}
        </Container>
      )
  }
}

/**
 * One question in a VR form: its label, hint, the pre-fill note, the message beside it when its answer
 * has a problem (with a red edge, as GOV.UK marks the question), and its boxes or options.
 */
export function XrFormField(props: FieldProps) {
  const { field, language } = props
  const invalid = field.error !== null
  return (
    <Container
      flexDirection="column"
      gap={6}
      paddingLeft={invalid ? 14 : 0}
      borderLeftWidth={invalid ? 5 : 0}
      borderColor={XR_THEME.error}
    >
      <Text fontWeight="bold">{field.label}</Text>
      {field.hint && <XrFormHint text={field.hint} />}
      {field.prefilledNote && <XrFormHint text={field.prefilledNote} />}
      {invalid && (
        <Text color={XR_THEME.error} fontWeight="bold">
          {`${formText(language, 'errorPrefix')} ${field.error}`}
        </Text>
      )}
      <Control {...props} />
    </Container>
  )
}
