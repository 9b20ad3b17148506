/*
 * Code that runs inside the page, kept as source strings: tsx compiles bench files with esbuild's
 * keepNames, which wraps inner functions in a `__name` helper that does not exist in the browser.
 */

/**
 * Init script: records `window.__benchReadyAt = performance.now()` once `window.__onehall.ready` is
 * true. It checks at every animation frame and once more after that frame's tasks, so the reading
 * is late by at most one task whichever order the page's own frame callbacks run in. (The hook's
 * `ready` is a getter, so the page is only observed, never patched.)
 */
export const READY_PROBE = `(() => {
  const check = () => {
    const hook = window.__onehall
    if (window.__benchReadyAt === undefined && hook && hook.ready === true) window.__benchReadyAt = performance.now()
  }
  const poll = () => {
    check()
    if (window.__benchReadyAt !== undefined) return
    setTimeout(check, 0)
    requestAnimationFrame(poll)
  }
  requestAnimationFrame(poll)
})()`

/** Counts animation frames in `window.__benchFrames` from now on. */
export const FRAME_COUNTER = `(() => {
  if (window.__benchFrames !== undefined) return
  window.__benchFrames = 0
  const tick = () => { window.__benchFrames++; requestAnimationFrame(tick) }
  requestAnimationFrame(tick)
})()`

/** Resolves after `n` more animation frames. */
export const waitFrames = (n: number): string =>
  `new Promise((resolve) => { let left = ${Math.max(1, Math.floor(n))}; const f = () => (--left <= 0 ? resolve(true) : requestAnimationFrame(f)); requestAnimationFrame(f) })`
