/**
 * The moments on the hall page's way to its first complete frame, in the order they usually happen.
 * Each is recorded once per page as a Performance mark named `onehall:<step>`, so a DevTools trace or
 * the benchmark can tell where the time to the first frame went without a profiler.
 */
export type LoadStep =
  'boot' | 'hall-data' | 'hall-code' | 'renderer' | 'models' | 'sign-font' | 'signs' | 'ready'

/** Records `onehall:<step>` at this moment, the first time only. */
export function markLoad(step: LoadStep): void {
  const name = `onehall:${step}`
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return
  if (performance.getEntriesByName(name, 'mark').length > 0) return
  performance.mark(name)
}
