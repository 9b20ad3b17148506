/**
 * A code chunk that can be requested early (by boot.ts, before React has loaded) and then used without
 * waiting: once its import has settled, `loaded` holds the module synchronously. No React in here, so
 * the boot script stays tiny.
 */
export interface Preloadable<M> {
  /** Starts the import once; later calls return the same promise. */
  load(): Promise<M>
  /** The module once its import has resolved, else undefined. */
  readonly loaded: M | undefined
}

/** Wraps a dynamic import so it runs once and its result can be read synchronously after it settled. */
export function preloadable<M>(importer: () => Promise<M>): Preloadable<M> {
  let promise: Promise<M> | null = null
  let module: M | undefined
  return {
    load: () =>
      (promise ??= importer().then((m) => {
        module = m
        return m
      })),
    get loaded() {
      return module
    },
  }
}
