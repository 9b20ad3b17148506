import os from 'node:os'

/** What the numbers were measured on; printed with every result. */
export interface MachineFacts {
  cpus: number
  cpuModel: string
  /** 1, 5 and 15 minute load averages when the bench started. */
  loadAverage: [number, number, number]
  memoryMiB: number
  node: string
  platform: string
  /** Filled in once the browser has started. */
  browser: string | null
  warnings: string[]
}

/** Share of the cores that may already be busy before the figures are no longer trustworthy. */
export const HIGH_LOAD_SHARE = 0.7

/** A warning when the 1-minute load average was above 70% of the cores, else null. */
export function loadWarning(load1: number, cpus: number): string | null {
  if (load1 <= cpus * HIGH_LOAD_SHARE) return null
  return (
    `load average ${load1.toFixed(2)} on ${cpus} cores was above ${(cpus * HIGH_LOAD_SHARE).toFixed(1)} at start: ` +
    'other work was running, so times and ratios may be off; run again on a quiet machine'
  )
}

/** Reads the machine's facts now. */
export function readMachineFacts(): MachineFacts {
  const cpus = os.cpus()
  const [l1, l5, l15] = os.loadavg() as [number, number, number]
  const warning = loadWarning(l1, cpus.length)
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    loadAverage: [l1, l5, l15],
    memoryMiB: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    browser: null,
    warnings: warning ? [warning] : [],
  }
}

/** The facts as a few printable lines. */
export function formatMachineFacts(m: MachineFacts): string {
  const lines = [
    `machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryMiB} MiB, ${m.platform}`,
    `load average at start: ${m.loadAverage.map((l) => l.toFixed(2)).join(' ')}`,
    `node ${m.node}${m.browser ? `, ${m.browser}` : ''}`,
  ]
  return [...lines, ...m.warnings.map((w) => `WARNING: ${w}`)].join('\n')
}
