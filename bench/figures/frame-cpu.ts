import { makeRow, unavailableRow } from '../lib/rows'
import type { Row } from '../lib/rows'
import { median, pairByRun } from '../lib/stats'
import type { DesktopSamples } from './desktop-runs'
import { failuresOf } from './render'

const FIGURE = 'CPU time per frame on desktop, standing in the hall (renderer main thread)'
const BARE_LABEL = 'bare three.js page drawing one lit box, same run'
const ALL_FIGURE = 'CPU time per frame, whole browser (renderer, software GPU, browser processes)'

/** Main-thread CPU per frame, hall vs bare page; reported, no budget. */
export function frameCpuRows(
  samples: DesktopSamples,
  defaultHall: string,
  unavailable: string | null,
): Row[] {
  const cpuOf = (s: { cpu: { taskMsPerFrame: number } | null }) => s.cpu?.taskMsPerFrame ?? null
  const pair = pairByRun(samples.hall, samples.bare, cpuOf, cpuOf)
  const bare = samples.bare.map(cpuOf).filter((v): v is number => v !== null)
  if (pair.a.length === 0) {
    const reason = unavailable ?? failuresOf(samples, defaultHall)
    return [
      unavailableRow({
        id: 'cpu.frame',
        figure: FIGURE,
        unit: 'ms/frame',
        baseline: bare,
        baselineLabel: BARE_LABEL,
        reason,
      }),
      unavailableRow({
        id: 'cpu.frame-all',
        figure: ALL_FIGURE,
        unit: 'ms/frame',
        baseline: samples.bare
          .map((s) => s.cpu?.allProcessesMsPerFrame ?? null)
          .filter((v): v is number => v !== null),
        baselineLabel: BARE_LABEL,
        reason,
      }),
    ]
  }
  const fps = (list: { cpu: { framesPerSecond: number } | null }[]) =>
    median(list.map((s) => s.cpu?.framesPerSecond ?? 0)).toFixed(1)
  const script = median(samples.hall.map((s) => s.cpu?.scriptMsPerFrame ?? 0)).toFixed(1)
  const hook = frameStatsNote(samples.hall.map((s) => s.frameStats))
  const allOf = (s: { cpu: { allProcessesMsPerFrame: number } | null }) =>
    s.cpu?.allProcessesMsPerFrame ?? null
  const all = pairByRun(samples.hall, samples.bare, allOf, allOf)
  const gpu = median(samples.hall.map((s) => s.cpu?.gpuProcessMsPerFrame ?? 0)).toFixed(1)
  const bareGpu = median(samples.bare.map((s) => s.cpu?.gpuProcessMsPerFrame ?? 0)).toFixed(1)
  return [
    makeRow({
      id: 'cpu.frame',
      figure: FIGURE,
      unit: 'ms/frame',
      values: pair.a,
      baseline: pair.b,
      baselineLabel: BARE_LABEL,
      note:
        `DevTools TaskDuration delta / animation frames; hall ${fps(samples.hall)} fps (${script} ms of it script), ` +
        `bare page ${fps(samples.bare)} fps; software WebGL rasterizes in the GPU process, counted in the next row${hook}`,
    }),
    makeRow({
      id: 'cpu.frame-all',
      figure: ALL_FIGURE,
      unit: 'ms/frame',
      values: all.a,
      baseline: all.b,
      baselineLabel: BARE_LABEL,
      note:
        `SystemInfo.getProcessInfo CPU deltas of every Chromium process / animation frames; ` +
        `of it the GPU process (SwiftShader) ${gpu} ms in the hall, ${bareGpu} ms on the bare page`,
    }),
  ]
}

/** "; the hall's frameStats(): mean 130 ms, p95 350 ms a frame" from the runs that reported it. */
export function frameStatsNote(reports: readonly unknown[]): string {
  const numberOf = (r: unknown, key: string): number | null => {
    const v = r && typeof r === 'object' ? (r as Record<string, unknown>)[key] : undefined
    return typeof v === 'number' && Number.isFinite(v) ? v : null
  }
  const means = reports.map((r) => numberOf(r, 'meanMs')).filter((v): v is number => v !== null)
  const p95s = reports.map((r) => numberOf(r, 'p95Ms')).filter((v): v is number => v !== null)
  if (means.length === 0) return ''
  const p95 = p95s.length > 0 ? `, p95 ${median(p95s).toFixed(0)} ms` : ''
  return `; the hall's frameStats(): mean ${median(means).toFixed(0)} ms${p95} a frame`
}
