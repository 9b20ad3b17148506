import { test, type BrowserContext } from '@playwright/test'

/**
 * For a spec that opens browser contexts of its own (not the fixture's): returns the list to push them
 * on, and registers an `afterEach` that closes them, passed or failed. Left open, their fake cameras and
 * 3D halls keep running and slow every later test in the same browser (the VR specs most). Call it once,
 * at the top level of the spec file.
 */
export function closeOwnContextsAfterEach(): BrowserContext[] {
  const opened: BrowserContext[] = []
  test.afterEach(async () => {
    await Promise.all(opened.splice(0).map((context) => context.close()))
  })
  return opened
}
