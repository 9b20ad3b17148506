import { FURNITURE_FOOTPRINTS, type FurnitureKind } from '../src/shared/scene/footprints'
import { addBlob, addBox, addCylinder, addQuad, type MeshData } from './geometry'
import type { MaterialName } from './materials'
import type { ModelPart } from './model-parts'

/** One named part of a model: its material and the shapes that make it (all merged into one primitive). */
export interface PartDesign<K extends FurnitureKind = FurnitureKind> {
  name: ModelPart<K>
  material: MaterialName
  build: (m: MeshData) => void
}

type Size = { width: number; depth: number; height: number }

/**
 * A service desk: a full-height front with a transaction ledge toward the visitor (+z) and a lower work
 * desk with monitors for the clerk behind it (-z). Counter and information desk share it.
 */
function desk(size: Size, monitorXs: readonly number[]): PartDesign<'counter' | 'info-desk'>[] {
  const w = size.width / 2
  const d = size.depth / 2
  const h = size.height
  const plinth = 0.08
  const deskY = 0.72
  const deskTop = 0.75
  const screenBottom = 0.86
  return [
    {
      name: 'body',
      material: 'counter-body',
      build: (m) => {
        addBox(m, [-w, plinth, 0], [w, h - 0.05, d - 0.05])
        addBox(m, [-w, 0, -d], [-w + 0.04, deskY, 0])
        addBox(m, [w - 0.04, 0, -d], [w, deskY, 0])
      },
    },
    {
      name: 'top',
      material: 'counter-top',
      build: (m) => {
        addBox(m, [-w, h - 0.05, -0.06], [w, h, d])
        addBox(m, [-w, deskY, -d], [w, deskTop, 0])
      },
    },
    {
      name: 'front-panel',
      material: 'tint',
      build: (m) => addBox(m, [-w + 0.05, plinth + 0.04, d - 0.05], [w - 0.05, h - 0.1, d - 0.03]),
    },
    {
      name: 'screen',
      material: 'screen',
      // Faces the clerk (-z): seen from behind the desk, its left edge is at +x.
      build: (m) => {
        for (const x of monitorXs) {
          addQuad(m, [x + 0.28, h - 0.04, -0.2205], [-0.56, 0, 0], [0, -(h - 0.04 - screenBottom), 0])
        }
      },
    },
    {
      name: 'trim',
      material: 'trim',
      build: (m) => {
        addBox(m, [-w + 0.02, 0, 0.02], [w - 0.02, plinth, d - 0.09])
        for (const x of monitorXs) {
          addBox(m, [x - 0.12, deskTop, -0.34], [x + 0.12, deskTop + 0.015, -0.2])
          addBox(m, [x - 0.03, deskTop + 0.015, -0.25], [x + 0.03, screenBottom, -0.22])
          addBox(m, [x - 0.3, screenBottom - 0.02, -0.22], [x + 0.3, h - 0.02, -0.18])
        }
      },
    },
  ]
}

function kiosk({ width, depth, height }: Size): PartDesign<'kiosk'>[] {
  const w = width / 2
  const d = depth / 2
  return [
    {
      name: 'body',
      material: 'kiosk-body',
      build: (m) => {
        addBox(m, [-w + 0.05, 0, -d], [w - 0.05, 0.06, 0.2])
        addBox(m, [-0.22, 0.06, -0.22], [0.22, 1.0, 0.1])
        addBox(m, [-w, 1.0, -0.18], [w, height, 0.12])
      },
    },
    {
      name: 'accent',
      material: 'accent',
      build: (m) => addBox(m, [-0.18, 0.15, 0.1], [0.18, 0.85, 0.12]),
    },
    {
      name: 'screen',
      material: 'screen',
      build: (m) => addQuad(m, [-w + 0.06, height - 0.08, 0.1205], [2 * (w - 0.06), 0, 0], [0, -0.54, 0]),
    },
    {
      name: 'trim',
      material: 'trim',
      build: (m) => {
        // The card and ticket shelf reaches furthest toward the visitor.
        addBox(m, [-w + 0.08, 0.92, -0.1], [w - 0.08, 0.96, d])
        addBox(m, [-0.12, 0.96, 0.05], [0.12, 0.99, 0.2])
      },
    },
  ]
}

function seatRow({ width, depth, height }: Size): PartDesign<'seat-row'>[] {
  const w = width / 2
  const d = depth / 2
  const seats = 4
  const arm = 0.06
  const seatWidth = (width - (seats + 1) * arm) / seats
  const armXs = Array.from({ length: seats + 1 }, (_, i) => -w + arm / 2 + i * (seatWidth + arm))
  const seatXs = armXs.slice(0, seats).map((x) => x + arm / 2 + seatWidth / 2)
  return [
    {
      name: 'frame',
      material: 'metal',
      build: (m) => {
        addBox(m, [-w + 0.03, 0.34, -0.05], [w - 0.03, 0.4, 0.05])
        for (const x of [-w + 0.2, 0, w - 0.2]) {
          addBox(m, [x - 0.03, 0.04, -0.03], [x + 0.03, 0.34, 0.03])
          addBox(m, [x - 0.03, 0, -d], [x + 0.03, 0.04, d])
        }
        for (const x of armXs) {
          addBox(m, [x - arm / 2, 0.62, -0.25], [x + arm / 2, 0.66, 0.25])
          addBox(m, [x - 0.015, 0.4, 0], [x + 0.015, 0.62, 0.03])
        }
      },
    },
    {
      name: 'seats',
      material: 'fabric',
      build: (m) => {
        for (const x of seatXs) {
          const half = seatWidth / 2 - 0.01
          addBox(m, [x - half, 0.4, -0.22], [x + half, 0.47, 0.3])
          addBox(m, [x - half, 0.47, -d], [x + half, height, -0.25])
        }
      },
    },
  ]
}

function queueBoard({ width, depth, height }: Size): PartDesign<'queue-board'>[] {
  const w = width / 2
  const d = depth / 2
  const boardBottom = 1.4
  return [
    {
      name: 'post',
      material: 'metal',
      build: (m) => {
        for (const x of [-1.0, 1.0]) {
          addBox(m, [x - 0.15, 0, -d], [x + 0.15, 0.05, d])
          addBox(m, [x - 0.05, 0.05, -0.05], [x + 0.05, boardBottom + 0.05, 0.05])
        }
      },
    },
    {
      name: 'board',
      material: 'trim',
      build: (m) => addBox(m, [-w, boardBottom, -0.08], [w, height, 0.06]),
    },
    {
      name: 'face',
      material: 'board-face',
      build: (m) =>
        addQuad(
          m,
          [-w + 0.08, height - 0.08, 0.0605],
          [2 * (w - 0.08), 0, 0],
          [0, -(height - boardBottom - 0.16), 0],
        ),
    },
  ]
}

function pillar({ width, height }: Size): PartDesign<'pillar'>[] {
  const r = width / 2
  const foot = 0.15
  const ring = { center: [0, 0] as const, segments: 24 }
  return [
    {
      name: 'body',
      material: 'stone',
      build: (m) =>
        addCylinder(m, {
          ...ring,
          bottomY: foot,
          topY: height - foot,
          radiusBottom: r - 0.04,
          radiusTop: r - 0.04,
          caps: false,
        }),
    },
    {
      name: 'trim',
      material: 'stone-trim',
      build: (m) => {
        addCylinder(m, { ...ring, bottomY: 0, topY: foot, radiusBottom: r, radiusTop: r, caps: true })
        addCylinder(m, {
          ...ring,
          bottomY: height - foot,
          topY: height,
          radiusBottom: r,
          radiusTop: r,
          caps: true,
        })
      },
    },
  ]
}

function plant({ width, height }: Size): PartDesign<'plant'>[] {
  const r = width / 2
  const potTop = 0.45
  return [
    {
      name: 'pot',
      material: 'pot',
      build: (m) => {
        addCylinder(m, {
          center: [0, 0],
          bottomY: 0,
          topY: potTop,
          radiusBottom: 0.18,
          radiusTop: 0.24,
          segments: 12,
          caps: true,
        })
        addCylinder(m, {
          center: [0, 0],
          bottomY: potTop,
          topY: height - 2 * r + 0.1,
          radiusBottom: 0.025,
          radiusTop: 0.02,
          segments: 6,
          caps: false,
        })
      },
    },
    {
      name: 'foliage',
      material: 'foliage',
      build: (m) => {
        addBlob(m, [0, height - r, 0], [r, r, r], 2, 0.12)
        addBlob(m, [0.12, height - r - 0.15, 0.1], [0.2, 0.2, 0.2], 1, 0.1)
        addBlob(m, [-0.1, height - r - 0.12, -0.12], [0.18, 0.18, 0.18], 1, 0.1)
      },
    },
  ]
}

/** The design of every model, sized from the shared footprints so collision and looks agree. */
export const DESIGNS: { [K in FurnitureKind]: PartDesign<K>[] } = {
  counter: desk(FURNITURE_FOOTPRINTS.counter, [0]) as PartDesign<'counter'>[],
  'info-desk': desk(FURNITURE_FOOTPRINTS['info-desk'], [-0.9, 0.9]) as PartDesign<'info-desk'>[],
  kiosk: kiosk(FURNITURE_FOOTPRINTS.kiosk),
  'seat-row': seatRow(FURNITURE_FOOTPRINTS['seat-row']),
  'queue-board': queueBoard(FURNITURE_FOOTPRINTS['queue-board']),
  pillar: pillar(FURNITURE_FOOTPRINTS.pillar),
  plant: plant(FURNITURE_FOOTPRINTS.plant),
}
