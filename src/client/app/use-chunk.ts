import { useEffect, useState } from 'react'
import type { Preloadable } from './preloadable'

/**
 * The chunk's module: at once when it has already arrived, else undefined until its import settles
 * (a plain state update, no Suspense: React holds back a Suspense reveal by up to 300 ms after its
 * fallback showed, and the hall's first frame should not wait for that). A failed import is thrown
 * during render, so the nearest error boundary shows it.
 * @param onWait called once if the chunk had to be waited for (to show progress)
 */
export function useChunk<M>(
  chunk: Preloadable<M>,
  onWait?: (settled: Promise<unknown>) => void,
): M | undefined {
  const [state, setState] = useState<{ module?: M; error?: unknown }>(() => ({ module: chunk.loaded }))
  const waiting = state.module === undefined && state.error === undefined
  useEffect(() => {
    if (!waiting) return
    let live = true
    const settled = chunk.load().then(
      (module) => live && setState({ module }),
      (error: unknown) => live && setState({ error: error ?? new Error('chunk failed to load') }),
    )
    onWait?.(settled)
    return () => {
      live = false
    }
    // onWait is read once, when the wait starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chunk, waiting])
  if (state.error !== undefined) throw state.error
  return state.module
}
