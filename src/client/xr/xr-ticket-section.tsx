import { useEffect, useState } from 'react'
import { Container, Text } from '@react-three/uikit'
import { isFinal } from '../../shared/queue/ticket'
import { usePreferencesStore } from '../app/preferences-store'
import { ticketCardModel } from '../queue/ticket-text'
import { ticketForDepartment, useTicketStore } from '../queue/ticket-store'
import { useCounterCallStore } from '../counter-call/counter-call-store'
import { XrButton } from './xr-button'
import { targetRef } from './xr-targets'
import { xrT } from './xr-text'
import { XR_THEME } from './xr-theme'

const restored = new Set<string>()

/**
 * The department's queue in the VR station panel: "Take a ticket" at this counter, then the ticket's
 * number, position and wait (live over the WebSocket); once called, "Join video call", which opens the
 * video panel at the called counter.
 */
export function XrTicketSection({
  hallId,
  departmentId,
  counterId,
}: {
  hallId: string
  departmentId: string
  counterId: string
}) {
  const language = usePreferencesStore((s) => s.language)
  const held = useTicketStore((s) =>
    s.hallId === hallId ? ticketForDepartment(s.tickets, departmentId) : null,
  )
  const { take, restore } = useTicketStore((s) => s.actions)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (restored.has(hallId)) return
    restored.add(hallId)
    void restore(hallId)
  }, [hallId, restore])

  const onTake = () => {
    if (busy) return
    setBusy(true)
    setProblem(null)
    void take({ hallId, departmentId, counterId }).then((outcome) => {
      setBusy(false)
      if (outcome.kind === 'no-clerk') setProblem(xrT(language, 'noClerkVr'))
      else if (outcome.kind === 'error')
        setProblem(xrT(language, 'ticketFailed', { message: outcome.message }))
    })
  }

  if (!held || isFinal(held.ticket.status)) {
    return (
      <Container flexDirection="column" gap={8}>
        <XrButton
          name="take-ticket"
          variant="primary"
          label={xrT(language, busy ? 'takingTicket' : 'takeTicket')}
          onSelect={onTake}
        />
        {problem && <Text color={XR_THEME.accent}>{problem}</Text>}
      </Container>
    )
  }

  const card = ticketCardModel(held.ticket, language)
  const called = held.ticket.callId !== null && (card.status === 'called' || card.status === 'serving')
  return (
    <Container
      flexDirection="column"
      gap={6}
      padding={12}
      borderRadius={10}
      backgroundColor={XR_THEME.row}
      ref={targetRef('ticket')}
    >
      <Text fontSize={XR_THEME.titleSize} fontWeight="bold">
        {xrT(language, 'ticketLine', { number: card.number })}
      </Text>
      <Text color={XR_THEME.muted}>{card.statusText}</Text>
      {card.positionText && <Text>{card.positionText}</Text>}
      {card.waitText && <Text>{card.waitText}</Text>}
      {card.calledText && <Text fontWeight="bold">{card.calledText}</Text>}
      {called && (
        <XrButton
          name="join-call"
          variant="primary"
          label={xrT(language, 'joinVideoCall')}
          onSelect={() => void useCounterCallStore.getState().actions.join(held)}
        />
      )}
    </Container>
  )
}
