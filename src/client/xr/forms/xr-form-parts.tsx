import { Container, Text } from '@react-three/uikit'
import { targetRef } from '../xr-targets'
import { XR_THEME } from '../xr-theme'

/** A step's heading. */
export function XrFormHeading({ text }: { text: string }) {
  return (
    <Text fontSize={XR_THEME.titleSize} fontWeight="bold">
      {text}
    </Text>
  )
}

/** Quieter text under a heading or a question: hints, progress, limits. */
export function XrFormHint({ text }: { text: string }) {
  return (
    <Text fontSize={XR_THEME.hintSize} color={XR_THEME.muted}>
      {text}
    </Text>
  )
}

/**
 * A boxed notice: `info` (blue edge) for what to do next, `error` (red edge) for a failure. Registered
 * as an automation target under `name`, so tests can tell it is shown.
 */
export function XrFormNote({
  name,
  text,
  tone = 'info',
}: {
  name: string
  text: string
  tone?: 'info' | 'error'
}) {
  const colour = tone === 'error' ? XR_THEME.error : XR_THEME.accent
  return (
    <Container
      ref={targetRef(name)}
      flexDirection="column"
      paddingX={16}
      paddingY={10}
      borderLeftWidth={6}
      borderColor={colour}
      backgroundColor={tone === 'error' ? XR_THEME.errorBackground : XR_THEME.row}
    >
      <Text color={tone === 'error' ? XR_THEME.error : XR_THEME.text}>{text}</Text>
    </Container>
  )
}

/**
 * GOV.UK's error summary at the top of a step: the title and every problem, in field order. The same
 * messages stand beside the fields.
 */
export function XrErrorSummary({ title, messages }: { title: string; messages: string[] }) {
  if (messages.length === 0) return null
  return (
    <Container
      ref={targetRef('form.errors')}
      flexDirection="column"
      gap={6}
      padding={16}
      borderWidth={4}
      borderColor={XR_THEME.error}
      borderRadius={8}
    >
      <Text fontWeight="bold">{title}</Text>
      {messages.map((message, i) => (
        <Text key={i} color={XR_THEME.error}>
          {message}
        </Text>
      ))}
    </Container>
  )
}
