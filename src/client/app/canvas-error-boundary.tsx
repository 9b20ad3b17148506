import { Component, type ErrorInfo, type ReactNode } from 'react'

/**
 * Catches a failure to load or run the 3D canvas (no WebGL, a chunk that failed to download) and shows
 * the fallback instead, so the overlay and the way into the 2D mode stay usable.
 */
export class CanvasErrorBoundary extends Component<
  { fallback: ReactNode; onError?: () => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The 3D hall failed:', error, info.componentStack)
    this.props.onError?.()
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
