import { useCallback, useMemo } from 'react'
import { Container, Input, Text, Textarea, type VanillaInput } from '@react-three/uikit'
import type { Language } from '../../../shared/scene/localized'
import { charactersWithoutGlyph } from '../../../shared/text/typed-charset'
import type { InputHints } from '../../forms/field-view-model'
import { targetRef } from '../xr-targets'
import { XR_THEME } from '../xr-theme'
import { typedNoteText } from './typed-note-text'

export type XrFormInputProps = {
  /** Automation name (`form.field:<id>`, `form.field:<id>:<part>`). */
  name: string
  value: string
  onChange: (text: string) => void
  /** The language of the note shown when some typed characters cannot be drawn. */
  language: Language
  placeholder?: string
  /** Which system keyboard to ask for (digits for a mobile number). */
  inputMode?: InputHints['inputMode']
  /** A box for long text. @default false */
  multiline?: boolean
  invalid?: boolean
}

/**
 * A text box in a VR panel. uikit focuses a hidden DOM input when the ray, a pinch or a touch selects
 * it, so the headset's system keyboard (or any keyboard) types into it; `inputMode` tells that keyboard
 * which keys to offer.
 *
 * The box draws with the `typed` font family (GB 2312 levels 1 and 2), loaded only once a form box is
 * shown. A character outside it draws as uikit's placeholder box; the hidden input, the form and the
 * draft still hold the real character, and a note under the box (automation name `<name>:placeholder-note`)
 * says so, so the citizen is not left wondering whether it was lost.
 */
export function XrFormInput({
  name,
  value,
  onChange,
  language,
  placeholder,
  inputMode,
  multiline = false,
  invalid = false,
}: XrFormInputProps) {
  const ref = useCallback(
    (input: VanillaInput | null) => {
      targetRef(name)(input)
      if (input && inputMode) input.element.inputMode = inputMode
    },
    [name, inputMode],
  )
  const noteRef = useMemo(() => targetRef(`${name}:placeholder-note`), [name])
  const undrawable = charactersWithoutGlyph(value).length > 0
  const box = {
    value,
    onValueChange: onChange,
    placeholder,
    fontFamily: 'typed',
    minHeight: multiline ? XR_THEME.target * 2 : XR_THEME.target,
    width: '100%',
    paddingX: 16,
    paddingY: 12,
    borderRadius: 10,
    borderWidth: invalid ? 4 : 2,
    borderColor: invalid ? XR_THEME.error : XR_THEME.muted,
    backgroundColor: '#fbfcfe',
  } as const
  return (
    <Container flexDirection="column" gap={4} width="100%">
      {multiline ? <Textarea ref={ref} {...box} /> : <Input ref={ref} {...box} />}
      {undrawable && (
        <Text ref={noteRef} fontFamily="typed" fontSize={XR_THEME.hintSize} color={XR_THEME.muted}>
          {typedNoteText[language]}
        </Text>
      )}
    </Container>
  )
}
