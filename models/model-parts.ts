import type { FurnitureKind } from '../src/shared/scene/footprints'

/**
 * The contract between a model file and the renderer: each `public/models/<kind>.glb` has one root node
 * named after its kind, and below it one node per part, named as listed here, each holding one mesh of the
 * same name with one primitive and one material. The renderer finds parts by these names (for example it
 * tints `front-panel` with the department colour and draws the queue on the board's `face`), so a
 * replacement model made by an artist must keep them.
 */
export const MODEL_PARTS = {
  /** `front-panel` is white so a tint (material colour or instance colour) shows the department colour. */
  counter: ['body', 'top', 'front-panel', 'screen', 'trim'],
  'info-desk': ['body', 'top', 'front-panel', 'screen', 'trim'],
  /** `screen` faces +z with UVs covering it once, for a picture or a video texture. */
  kiosk: ['body', 'accent', 'screen', 'trim'],
  'seat-row': ['frame', 'seats'],
  /** `face` is one quad facing +z, UV (0, 0) at its top left (glTF convention: set `texture.flipY = false`). */
  'queue-board': ['post', 'board', 'face'],
  pillar: ['body', 'trim'],
  plant: ['pot', 'foliage'],
} as const satisfies Record<FurnitureKind, readonly string[]>

/** A part name of the model of one kind. */
export type ModelPart<K extends FurnitureKind> = (typeof MODEL_PARTS)[K][number]

/**
 * Most triangles a model may have. A default hall holds about 15 counters and 40 other items; with these
 * budgets that stays far below the 300k triangles a software-rendered frame can afford.
 */
export const MODEL_TRIANGLE_BUDGET = {
  counter: 800,
  'info-desk': 1000,
  kiosk: 600,
  'seat-row': 1000,
  'queue-board': 400,
  pillar: 600,
  plant: 1200,
} as const satisfies Record<FurnitureKind, number>

/** Every kind of model, in a stable order. */
export const MODEL_KINDS = Object.keys(MODEL_PARTS) as FurnitureKind[]

/** The URL path the server serves a kind's model from (files live in `public/models/`). */
export function modelUrl(kind: FurnitureKind): string {
  return `/models/${kind}.glb`
}
