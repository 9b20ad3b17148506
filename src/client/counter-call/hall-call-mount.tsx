import { Suspense, lazy, useState } from 'react'
import { useTicketStore } from '../queue/ticket-store'
import { useXrSessionStore } from '../xr/xr-session-store'
import { activeCallTicket } from './counter-call-model'
import { hallCallTicketId } from './hall-call-model'

// The call engine and its panel are a chunk of their own, loaded when a ticket is called.
const HallCallOverlay = lazy(() => import('./hall-call-overlay'))

/** Calls the citizen closed on this page; they do not open again by themselves. */
const closed = new Set<string>()

/**
 * In the hall page's overlay: when one of the citizen's tickets is called with a video call open (and
 * no VR session runs), loads the call panel, which joins the call; the clerk's picture shows on the
 * counter's 3D screen (see HallCallScreenMount). The panel stays for the rating until closed.
 */
export function HallCallMount() {
  const active = useTicketStore((s) => activeCallTicket(s.tickets))
  const presenting = useXrSessionStore((s) => s.presenting)
  const [current, setCurrent] = useState<string | null>(null)
  const next = hallCallTicketId({ current, active, closed, presenting })

  // Held as state so the panel stays open once the ticket is done (React's "adjust state on change").
  if (next !== current) setCurrent(next)

  if (current === null) return null
  const onClose = () => {
    closed.add(current)
    setCurrent(null)
  }
  return (
    <Suspense fallback={null}>
      <HallCallOverlay key={current} ticketId={current} onClose={onClose} />
    </Suspense>
  )
}
