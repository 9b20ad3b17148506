/**
 * The floor footprint of each kind of furniture, in metres (width along local x, depth along local z).
 * The models in `models/` are built to these sizes, and collision uses them, so a scene file only
 * places things; it never states their size.
 */
export const FURNITURE_FOOTPRINTS = {
  counter: { width: 2.4, depth: 1.0, height: 1.1 },
  'info-desk': { width: 3.6, depth: 1.4, height: 1.1 },
  kiosk: { width: 0.8, depth: 0.6, height: 1.7 },
  'seat-row': { width: 3.0, depth: 0.7, height: 0.9 },
  'queue-board': { width: 3.2, depth: 0.3, height: 3.0 },
  pillar: { width: 0.8, depth: 0.8, height: 8.0 },
  plant: { width: 0.7, depth: 0.7, height: 1.4 },
} as const satisfies Record<string, { width: number; depth: number; height: number }>

export type FurnitureKind = keyof typeof FURNITURE_FOOTPRINTS

/** Where a visitor stands to be served at a counter: this far in front of its front face, in metres. */
export const COUNTER_SERVICE_DISTANCE = 1.4
