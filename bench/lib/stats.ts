/** Median, spread and raw samples of one measured figure over several runs. */
export interface Summary {
  median: number
  min: number
  max: number
  /** How many runs the figure was measured in. */
  runs: number
  samples: number[]
}

/**
 * Median of the values: the middle one, or the mean of the two middle ones for an even count.
 * @throws {RangeError} for an empty list or a value that is not a finite number
 */
export function median(values: readonly number[]): number {
  const sorted = sortedFinite(values)
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid] as number
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2
}

/**
 * The p-th percentile by the nearest-rank method: the smallest value with at least p% of the values
 * at or below it. p99 of 1,000 latencies is the 990th smallest.
 * @param p percent, 0 < p <= 100
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`)
  const sorted = sortedFinite(values)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[rank - 1] as number
}

/** Median, min and max of the runs' values. */
export function summarize(values: readonly number[]): Summary {
  const sorted = sortedFinite(values)
  return {
    median: median(sorted),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    runs: sorted.length,
    samples: [...values],
  }
}

/**
 * The ratio of a figure to its baseline. Runs measured in pairs (same run, one after the other) are
 * compared pair by pair, so drift of a shared machine between runs cancels out; otherwise the medians
 * are compared.
 * @param paired whether values[i] and baseline[i] come from the same run
 */
export function ratioSummary(
  values: readonly number[],
  baseline: readonly number[],
  paired: boolean,
): Summary {
  if (paired && values.length === baseline.length) {
    return summarize(values.map((v, i) => v / (baseline[i] as number)))
  }
  const r = median(values) / median(baseline)
  return { median: r, min: r, max: r, runs: 1, samples: [r] }
}

function sortedFinite(values: readonly number[]): number[] {
  if (values.length === 0) throw new RangeError('no values to summarize')
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`)
  return [...values].sort((a, b) => a - b)
}

/**
 * The values of two sample lists taken in the same runs, in run order, so that `a[i]` and `b[i]`
 * form a pair even when some runs failed on one side.
 */
export function pairByRun<A extends { run: number }, B extends { run: number }>(
  a: readonly A[],
  b: readonly B[],
  valueA: (s: A) => number | null,
  valueB: (s: B) => number | null,
): { a: number[]; b: number[] } {
  const out = { a: [] as number[], b: [] as number[] }
  for (const sa of a) {
    const sb = b.find((s) => s.run === sa.run)
    const va = valueA(sa)
    const vb = sb ? valueB(sb) : null
    if (va !== null && vb !== null) {
      out.a.push(va)
      out.b.push(vb)
    }
  }
  return out
}
