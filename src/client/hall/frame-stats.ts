/** Frame timing over the last frames: for benchmarks (`window.__onehall.frameStats()`). */
export type FrameStats = { frames: number; meanMs: number; p95Ms: number; worstMs: number; fps: number }

/** A fixed-size ring of frame durations; `add` is allocation-free so it can run every frame. */
export function createFrameTimes(capacity = 120) {
  const times = new Float64Array(capacity)
  let count = 0
  let next = 0
  return {
    /** Records one frame's duration in milliseconds. */
    add(ms: number): void {
      times[next] = ms
      next = (next + 1) % capacity
      count = Math.min(count + 1, capacity)
    },
    /** Summary of the recorded frames (zeros before any). */
    stats(): FrameStats {
      if (count === 0) return { frames: 0, meanMs: 0, p95Ms: 0, worstMs: 0, fps: 0 }
      const sorted = Array.from(times.subarray(0, count)).sort((a, b) => a - b)
      const mean = sorted.reduce((s, t) => s + t, 0) / count
      const round = (n: number) => Math.round(n * 10) / 10
      return {
        frames: count,
        meanMs: round(mean),
        p95Ms: round(sorted[Math.min(count - 1, Math.ceil(count * 0.95) - 1)]!),
        worstMs: round(sorted[count - 1]!),
        fps: round(1000 / mean),
      }
    },
  }
}
