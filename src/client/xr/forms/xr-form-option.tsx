import { Container, Text } from '@react-three/uikit'
import { targetRef } from '../xr-targets'
import { XR_THEME } from '../xr-theme'

export type XrFormOptionProps = {
  /** Automation name (`form.option:<field>:<value>`, `form.declaration`). */
  name: string
  label: string
  hint?: string | null
  checked: boolean
  /** A square box (several may be ticked) rather than a round one (one of a group). @default false */
  box?: boolean
  onSelect: () => void
}

/** A big selectable option: a radio or tick box with its label, pressed with the ray, a pinch or a touch. */
export function XrFormOption({ name, label, hint, checked, box = false, onSelect }: XrFormOptionProps) {
  return (
    <Container
      ref={targetRef(name)}
      flexDirection="row"
      alignItems="center"
      gap={14}
      minHeight={XR_THEME.target}
      paddingX={16}
      paddingY={8}
      borderRadius={10}
      borderWidth={checked ? 3 : 2}
      borderColor={checked ? XR_THEME.selected : XR_THEME.panelBorder}
      backgroundColor={checked ? XR_THEME.rowHover : XR_THEME.row}
      hover={{ backgroundColor: XR_THEME.rowHover }}
      onClick={(e) => {
        e.stopPropagation()
        onSelect()
      }}
    >
      <Container
        width={30}
        height={30}
        flexShrink={0}
        borderRadius={box ? 4 : 15}
        borderWidth={3}
        borderColor={XR_THEME.text}
        backgroundColor="#ffffff"
        alignItems="center"
        justifyContent="center"
      >
        {checked && (
          <Container width={16} height={16} borderRadius={box ? 2 : 8} backgroundColor={XR_THEME.selected} />
        )}
      </Container>
      <Container flexDirection="column" flexShrink={1}>
        <Text fontWeight={checked ? 'bold' : 'normal'}>{label}</Text>
        {hint && (
          <Text fontSize={XR_THEME.hintSize} color={XR_THEME.muted}>
            {hint}
          </Text>
        )}
      </Container>
    </Container>
  )
}
