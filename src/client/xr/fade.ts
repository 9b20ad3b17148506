/** How long a comfort fade takes each way, milliseconds. */
export type FadeDurations = { out: number; in: number }

/** Reduced motion: a quick fade to dark before a jump and back after it (W3C XAUR: no sudden moves). */
export const COMFORT_FADE: FadeDurations = { out: 150, in: 150 }

const clamp01 = (value: number) => Math.max(0, Math.min(1, value))

/**
 * Opacity of the dark view cover `elapsedMs` after a fade started: rises linearly from 0 to 1 over
 * `out`, then falls back to 0 over `in`. 0 before the start and after the end.
 */
export function fadeOpacity(elapsedMs: number, durations: FadeDurations): number {
  if (!(elapsedMs > 0)) return 0
  if (elapsedMs < durations.out) return clamp01(elapsedMs / durations.out)
  const back = elapsedMs - durations.out
  if (durations.in <= 0) return back > 0 ? 0 : 1
  return clamp01(1 - back / durations.in)
}

/**
 * A fade that hides jumps: `request(jump, now)` starts fading out (or keeps the fade running) and queues
 * the jump; `step(now)` returns the cover's opacity and runs the queued jumps once the view is dark,
 * shown for at least that frame however long frames take. Jumps requested during the fade back in
 * restart the fade from the current darkness. Pure: time is passed in.
 */
export function createFader(durations: FadeDurations) {
  let start: number | null = null
  let pending: (() => void)[] = []
  let opacity = 0

  const runPending = () => {
    const jumps = pending
    pending = []
    for (const jump of jumps) jump()
  }

  return {
    /** Queue a jump to run when the view is dark. */
    request(jump: () => void, now: number) {
      if (start === null) start = now
      else if (pending.length === 0) start = now - opacity * durations.out
      pending.push(jump)
    },
    /** Advance to `now`; returns the cover's opacity for this frame. */
    step(now: number): number {
      if (start === null) return 0
      const elapsed = now - start
      if (elapsed >= durations.out && pending.length > 0) {
        runPending()
        // Fully dark on the frame the jump happens; the fade back starts from here.
        start = now - durations.out
        opacity = 1
        return opacity
      }
      if (elapsed >= durations.out + durations.in) {
        start = null
        opacity = 0
        return opacity
      }
      opacity = fadeOpacity(elapsed, durations)
      return opacity
    },
    /** Run queued jumps now and stop fading (the session ended, or the cover went away). */
    flush() {
      runPending()
      start = null
      opacity = 0
    },
    /** True while the cover is fading out or back in. */
    get active() {
      return start !== null
    },
  }
}

export type Fader = ReturnType<typeof createFader>
