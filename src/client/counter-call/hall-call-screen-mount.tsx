import { Suspense, lazy } from 'react'
import type { Counter } from '../../shared/scene'
import { useTicketStore } from '../queue/ticket-store'
import { useXrSessionStore } from '../xr/xr-session-store'
import { activeCallTicket } from './counter-call-model'

// The call engine is a chunk of its own: the hall's first load does not carry it.
const HallCallScreen = lazy(() => import('./hall-call-screen'))

/**
 * In the hall canvas: loads and shows the called counter's video screen while one of the citizen's
 * tickets is called with a call open, and no VR session runs (the VR panel shows the call there).
 */
export function HallCallScreenMount({ counters }: { counters: readonly Counter[] }) {
  const called = useTicketStore((s) => activeCallTicket(s.tickets) !== null)
  const presenting = useXrSessionStore((s) => s.presenting)
  if (!called || presenting) return null
  return (
    <Suspense fallback={null}>
      <HallCallScreen counters={counters} />
    </Suspense>
  )
}
