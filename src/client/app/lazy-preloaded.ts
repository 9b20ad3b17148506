import { lazy } from 'react'
import type { ComponentType } from 'react'
import { settledThenable } from './preloadable'
import type { Preloadable } from './preloadable'

/**
 * React.lazy over a preloadable chunk: when the chunk has already arrived the component renders in the
 * same pass. (Plain React.lazy suspends even then; the page commits its fallback, and React holds back
 * the retry that reveals the content by up to 300 ms, its fallback throttle: time the hall's first
 * frame waited for nothing.) Otherwise it suspends until the import settles, like React.lazy.
 */
export function lazyPreloaded<M, P extends object>(
  chunk: Preloadable<M>,
  pick: (module: M) => ComponentType<P>,
  onLoad?: () => Promise<M>,
) {
  return lazy(() => {
    const loaded = chunk.loaded
    if (loaded !== undefined)
      return settledThenable({ default: pick(loaded) }) as Promise<{ default: ComponentType<P> }>
    return (onLoad ?? chunk.load)().then((m) => ({ default: pick(m) }))
  })
}
