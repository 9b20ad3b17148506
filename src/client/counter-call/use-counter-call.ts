import { useSyncExternalStore } from 'react'
import type { CallSession, CallSnapshot } from '../call/call-session'
import { counterCallView, type CounterCallView } from './counter-call-model'
import { useCounterCallStore } from './counter-call-store'

const noSubscribe = () => () => undefined
const noSnapshot = () => null

/** The running counter call's snapshot (null before joining), re-rendering on change. */
function useSnapshot(session: CallSession | null): CallSnapshot | null {
  return useSyncExternalStore(session?.subscribe ?? noSubscribe, session?.getSnapshot ?? noSnapshot)
}

/** The counter call's view model (see {@link counterCallView}), live. */
export function useCounterCallView(): CounterCallView {
  const session = useCounterCallStore((s) => s.session)
  const microphoneOn = useCounterCallStore((s) => s.microphoneOn)
  const cameraOn = useCounterCallStore((s) => s.cameraOn)
  const snapshot = useSnapshot(session)
  return counterCallView({
    phase: snapshot?.phase ?? null,
    hasRemoteVideo: (snapshot?.remoteStream?.getVideoTracks().length ?? 0) > 0,
    microphoneOn,
    cameraOn,
  })
}
