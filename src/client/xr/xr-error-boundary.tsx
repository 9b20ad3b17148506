import { Component, type ReactNode } from 'react'
import { useXrSessionStore } from './xr-session-store'

/**
 * Keeps a failure in headset mode (a chunk that did not load, a broken runtime) inside headset mode:
 * the desktop hall keeps running, the Enter VR button shows the error instead.
 */
export class XrErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override componentDidCatch(error: unknown) {
    const { actions } = useXrSessionStore.getState()
    actions.setLayerReady(false)
    actions.setError(error instanceof Error ? error.message : String(error))
  }

  override render() {
    return this.state.failed ? null : this.props.children
  }
}
