import { makeRow, unavailableRow } from '../lib/rows'
import type { Row } from '../lib/rows'
import { median, pairByRun } from '../lib/stats'
import type { DesktopSamples } from './desktop-runs'
import { failuresOf } from './render'

/** The budgets the load figures are checked against. */
export const LOAD_BUDGETS = {
  jsKiB: { on: 'value', op: '<=', limit: 450 },
  firstFrameRatio: { on: 'ratio', op: '<=', limit: 2.0 },
} as const

const BARE_LABEL = 'bare three.js page drawing one lit box (bench/baseline), same browser, same run, 1280x720'

/** JavaScript loaded before the first frame, and the time to that frame against the bare page. */
export function loadRows(samples: DesktopSamples, defaultHall: string, unavailable: string | null): Row[] {
  const why = unavailable ?? failuresOf(samples, defaultHall)
  const jsFigure = 'JS (gzip) loaded before the first frame on desktop'
  const frameFigure = 'first frame after navigation (production build, headless Chromium)'
  const rows: Row[] = []
  if (samples.hall.length > 0) {
    const files = median(samples.hall.map((s) => s.scripts.length))
    const encodings = [...new Set(samples.hall.flatMap((s) => s.scripts.map((f) => f.encoding ?? 'none')))]
    const wireKiB = median(samples.hall.map((s) => s.scripts.reduce((sum, f) => sum + f.wireBytes, 0) / 1024))
    rows.push(
      makeRow({
        id: 'load.js',
        figure: jsFigure,
        unit: 'KiB',
        values: samples.hall.map((s) => s.jsGzipBytes / 1024),
        budget: LOAD_BUDGETS.jsKiB,
        note:
          `${files} script files, gzip -9 of each (or its wire size if the server sent gzip); ` +
          `on the wire as the server sent them (content-encoding ${encodings.join(', ')}): ${wireKiB.toFixed(1)} KiB`,
      }),
    )
  } else {
    rows.push(
      unavailableRow({
        id: 'load.js',
        figure: jsFigure,
        unit: 'KiB',
        budget: LOAD_BUDGETS.jsKiB,
        reason: why,
      }),
    )
  }
  const bare = samples.bare.map((s) => s.firstFrameMs)
  const pair = pairByRun(
    samples.hall,
    samples.bare,
    (s) => s.firstFrameMs,
    (s) => s.firstFrameMs,
  )
  rows.push(
    pair.a.length > 0
      ? makeRow({
          id: 'load.first-frame',
          figure: frameFigure,
          unit: 'ms',
          values: pair.a,
          baseline: pair.b,
          baselineLabel: BARE_LABEL,
          budget: LOAD_BUDGETS.firstFrameRatio,
          note: 'navigation start to window.__onehall.ready (the hall sets it once its models and signs are built and drawn)',
        })
      : unavailableRow({
          id: 'load.first-frame',
          figure: frameFigure,
          unit: 'ms',
          baseline: bare,
          baselineLabel: BARE_LABEL,
          budget: LOAD_BUDGETS.firstFrameRatio,
          reason: why,
        }),
  )
  return rows
}
