/** A browser process's cumulative CPU seconds, as `SystemInfo.getProcessInfo` reports it. */
export interface ProcessCpu {
  type: string
  id: number
  cpuTime: number
}

/**
 * CPU seconds spent between two process snapshots, by the GPU process and by all processes. A
 * process that started in between counts from zero; one that ended is left out.
 */
export function processCpuDelta(
  start: readonly ProcessCpu[],
  end: readonly ProcessCpu[],
): { gpu: number; all: number } {
  let gpu = 0
  let all = 0
  for (const p of end) {
    const before = start.find((s) => s.id === p.id)?.cpuTime ?? 0
    const delta = Math.max(0, p.cpuTime - before)
    all += delta
    if (p.type === 'GPU') gpu += delta
  }
  return { gpu, all }
}
