import type { ReactNode } from 'react'
import { Container, Text } from '@react-three/uikit'
import { targetRef } from './xr-targets'
import { XR_THEME } from './xr-theme'

export type XrButtonProps = {
  /** Automation name (see xr-targets.ts). */
  name: string
  label: string
  onSelect: () => void
  /** Filled (primary) or a light row. @default 'row' */
  variant?: 'primary' | 'row'
  children?: ReactNode
}

/** A large selectable row or button in a VR panel: ray click, pinch or touch all select it. */
export function XrButton({ name, label, onSelect, variant = 'row', children }: XrButtonProps) {
  const primary = variant === 'primary'
  return (
    <Container
      ref={targetRef(name)}
      minHeight={XR_THEME.target}
      paddingX={20}
      paddingY={10}
      borderRadius={10}
      flexDirection="column"
      justifyContent="center"
      backgroundColor={primary ? XR_THEME.accent : XR_THEME.row}
      hover={{ backgroundColor: primary ? '#174a86' : XR_THEME.rowHover }}
      onClick={(e) => {
        e.stopPropagation()
        onSelect()
      }}
    >
      <Text color={primary ? XR_THEME.accentText : XR_THEME.text} fontWeight={primary ? 'bold' : 'normal'}>
        {label}
      </Text>
      {children}
    </Container>
  )
}
