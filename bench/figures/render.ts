import { makeRow, unavailableRow } from '../lib/rows'
import type { Row } from '../lib/rows'
import { median, pairByRun } from '../lib/stats'
import type { DesktopSamples } from './desktop-runs'

/** Budgets: the default hall seen from the entrance, and its growth to 200 counters. */
export const RENDER_BUDGETS = {
  calls: { on: 'value', op: '<=', limit: 60 },
  triangles: { on: 'value', op: '<=', limit: 300_000 },
  growthCalls: { on: 'ratio', op: '<=', limit: 1.3 },
} as const

/**
 * Draw calls and triangles of the default hall, and how both grow in the 200-counter hall.
 * @param unavailable why the hall could not be measured at all, or null when it could
 */
export function renderRows(
  samples: DesktopSamples,
  names: { defaultHall: string; gridHall: string | null },
  unavailable: string | null,
): Row[] {
  const hallLabel = `default hall (${names.defaultHall}), desktop view from the entrance`
  const calls = samples.hall.map((s) => s.renderInfo.calls)
  const triangles = samples.hall.map((s) => s.renderInfo.triangles)
  const why = unavailable ?? failuresOf(samples, names.defaultHall)
  const rows: Row[] =
    calls.length > 0
      ? [
          makeRow({
            id: 'render.calls',
            figure: `draw calls, ${hallLabel}`,
            unit: 'calls',
            values: calls,
            budget: RENDER_BUDGETS.calls,
            note: detailNote(samples.hall) ?? undefined,
          }),
          makeRow({
            id: 'render.triangles',
            figure: `triangles, ${hallLabel}`,
            unit: 'triangles',
            values: triangles,
            budget: RENDER_BUDGETS.triangles,
          }),
        ]
      : [
          unavailableRow({
            id: 'render.calls',
            figure: `draw calls, ${hallLabel}`,
            unit: 'calls',
            budget: RENDER_BUDGETS.calls,
            reason: why,
          }),
          unavailableRow({
            id: 'render.triangles',
            figure: `triangles, ${hallLabel}`,
            unit: 'triangles',
            budget: RENDER_BUDGETS.triangles,
            reason: why,
          }),
        ]

  const growthLabel = `growth: ${names.gridHall ?? '200-counter hall'} vs ${names.defaultHall}`
  const callsPair = pairByRun(
    samples.grid,
    samples.hall,
    (s) => s.renderInfo.calls,
    (s) => s.renderInfo.calls,
  )
  const trianglesPair = pairByRun(
    samples.grid,
    samples.hall,
    (s) => s.renderInfo.triangles,
    (s) => s.renderInfo.triangles,
  )
  const baselineLabel = `the default hall (${names.defaultHall}) in the same run`
  if (callsPair.a.length === 0) {
    const reason =
      unavailable ??
      (names.gridHall ? failuresOf(samples, names.gridHall) : 'no 200-counter hall is served by /api/halls')
    rows.push(
      unavailableRow({
        id: 'growth.calls',
        figure: `${growthLabel}, draw calls`,
        unit: 'calls',
        budget: RENDER_BUDGETS.growthCalls,
        reason,
      }),
      unavailableRow({
        id: 'growth.triangles',
        figure: `${growthLabel}, triangles`,
        unit: 'triangles',
        reason,
      }),
    )
  } else {
    rows.push(
      makeRow({
        id: 'growth.calls',
        figure: `${growthLabel}, draw calls`,
        unit: 'calls',
        values: callsPair.a,
        baseline: callsPair.b,
        baselineLabel,
        budget: RENDER_BUDGETS.growthCalls,
        note: detailNote(samples.grid) ?? undefined,
      }),
      makeRow({
        id: 'growth.triangles',
        figure: `${growthLabel}, triangles`,
        unit: 'triangles',
        values: trianglesPair.a,
        baseline: trianglesPair.b,
        baselineLabel,
      }),
    )
  }
  return rows
}

function detailNote(samples: DesktopSamples['hall']): string | null {
  if (samples.length === 0) return null
  const geometries = median(samples.map((s) => s.renderInfo.geometries))
  const textures = median(samples.map((s) => s.renderInfo.textures))
  return `${geometries} geometries, ${textures} textures in memory`
}

/** The failures of one page's runs, as a reason for an unavailable row. */
export function failuresOf(samples: DesktopSamples, label: string): string {
  const mine = samples.failures.filter((f) => f.includes(label))
  return mine.length > 0 ? `every run failed; first: ${mine[0]}` : 'not measured'
}
