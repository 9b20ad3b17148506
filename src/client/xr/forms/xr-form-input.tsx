import { useCallback } from 'react'
import { Input, Textarea, type VanillaInput } from '@react-three/uikit'
import type { InputHints } from '../../forms/field-view-model'
import { targetRef } from '../xr-targets'
import { XR_THEME } from '../xr-theme'

export type XrFormInputProps = {
  /** Automation name (`form.field:<id>`, `form.field:<id>:<part>`). */
  name: string
  value: string
  onChange: (text: string) => void
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
 */
export function XrFormInput({
  name,
  value,
  onChange,
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
  const box = {
    value,
    onValueChange: onChange,
    placeholder,
    minHeight: multiline ? XR_THEME.target * 2 : XR_THEME.target,
    width: '100%',
    paddingX: 16,
    paddingY: 12,
    borderRadius: 10,
    borderWidth: invalid ? 4 : 2,
    borderColor: invalid ? XR_THEME.error : XR_THEME.muted,
    backgroundColor: '#fbfcfe',
  } as const
  return multiline ? <Textarea ref={ref} {...box} /> : <Input ref={ref} {...box} />
}
