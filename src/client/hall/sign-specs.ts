import { FURNITURE_FOOTPRINTS, type Counter, type HallLayout, type LocalizedText } from '../../shared/scene'
import type { FaceRect } from './model-parts'
import { localToWorld } from './placement'
import { CELL_PADDING, CELL_SIZES } from './sign-atlas'
import { queueBoardRows, type QueueBoardRow } from './queue-board-content'
import { SIGN_LABELS } from '../../shared/i18n/sign-labels'

/** What a sign shows; drawn into its atlas cell by sign-drawing.ts. */
export type SignContent =
  | { type: 'counter'; number: string; name: LocalizedText; color: string }
  | { type: 'text'; text: LocalizedText }
  | { type: 'board'; heading: LocalizedText; rows: QueueBoardRow[] }

/** The atlas cell shape a sign needs; each kind has one pixel size (see CELL_SIZES in sign-atlas.ts). */
export type SignCellKind = 'strip' | 'board'

/** One sign in the hall: its content, the quad it is drawn on and where that quad stands. */
export type SignSpec = {
  id: string
  cell: SignCellKind
  content: SignContent
  /** Quad size in metres [width, height]. */
  size: [number, number]
  /** Centre of the quad in world coordinates. */
  position: [number, number, number]
  /** Yaw in degrees; the text faces local +z. */
  yaw: number
  /** Also drawn on the back, readable (not mirrored) from behind. */
  doubleSided: boolean
}

/** Sign geometry in metres, kept together so sizes read as a table. */
export const SIGN_SIZES = {
  counter: { width: 2.2, centreHeight: 2.4, setBack: -0.15 },
  label: { width: 1.6, gap: 0.35 },
  kioskLabel: { width: 0.8, gap: 0.12 },
  infoDeskLabel: { width: 2.4, gap: 1.0 },
  hanging: { width: 2.6 },
} as const

/** Inner width / height of an atlas cell: a quad of this aspect shows its text unstretched. */
export function cellAspect(kind: SignCellKind): number {
  const { width, height } = CELL_SIZES[kind]
  return (width - 2 * CELL_PADDING) / (height - 2 * CELL_PADDING)
}

/** A strip sign `width` metres wide, as tall as its cell's aspect makes it. */
const strip = (width: number): [number, number] => [width, width / cellAspect('strip')]

/** The queue board's `face` as models/README.md builds it; the loaded model's own face wins. */
export const DEFAULT_BOARD_FACE: FaceRect = { width: 3.04, height: 1.44, centre: [0, 2.24, 0.0605] }

/** The largest quad of the board cell's aspect that fits the face, so text is never stretched. */
function boardScreen(face: FaceRect): [number, number] {
  const aspect = cellAspect('board')
  const w = Math.min(face.width, face.height * aspect)
  return [w, w / aspect]
}

/** Keeps signs under the ceiling. */
const CEILING_CLEARANCE = 0.2

function counterSign(counter: Counter, layout: HallLayout): SignSpec {
  const department = layout.departments.find((d) => d.id === counter.departmentId)
  const { width, centreHeight, setBack } = SIGN_SIZES.counter
  return {
    id: `counter:${counter.id}`,
    cell: 'strip',
    content: {
      type: 'counter',
      number: counter.number,
      name: counter.oneStop ? SIGN_LABELS.oneStop : (department?.name ?? { zh: '', en: '' }),
      color: department?.color ?? '#607080',
    },
    size: strip(width),
    position: localToWorld(counter.position, counter.yaw, [0, centreHeight, setBack]),
    yaw: counter.yaw,
    doubleSided: true,
  }
}

/**
 * Every sign of a hall: one above each counter facing its front, a label above each labelled piece of
 * furniture, the hall's free-standing signs, and the screen of each queue board, laid on the board
 * model's `face` (`boardFace`, in model space). Pure: the same input always gives the same list.
 */
export function hallSignSpecs(layout: HallLayout, boardFace: FaceRect = DEFAULT_BOARD_FACE): SignSpec[] {
  const ceiling = layout.size.height - CEILING_CLEARANCE
  const specs: SignSpec[] = layout.counters.map((c) => counterSign(c, layout))

  for (const item of layout.furniture) {
    if (item.kind === 'queue-board') {
      const [x, y, z] = boardFace.centre
      specs.push({
        id: `board:${item.id}`,
        cell: 'board',
        content: { type: 'board', heading: SIGN_LABELS.nowServing, rows: queueBoardRows(layout) },
        size: boardScreen(boardFace),
        // A centimetre in front of the face, so the face never shows through.
        position: localToWorld(item.position, item.yaw, [x, y, z + 0.01]),
        yaw: item.yaw,
        doubleSided: false,
      })
    }
    if (!item.label) continue
    const style =
      item.kind === 'kiosk'
        ? SIGN_SIZES.kioskLabel
        : item.kind === 'info-desk'
          ? SIGN_SIZES.infoDeskLabel
          : SIGN_SIZES.label
    const top = FURNITURE_FOOTPRINTS[item.kind].height
    const size = strip(style.width)
    const y = Math.min(top + style.gap + size[1] / 2, ceiling - size[1] / 2)
    specs.push({
      id: `label:${item.id}`,
      cell: 'strip',
      content: { type: 'text', text: item.label },
      size,
      position: localToWorld(item.position, item.yaw, [0, y, 0]),
      yaw: item.yaw,
      doubleSided: true,
    })
  }

  for (const sign of layout.signs) {
    const size = strip(SIGN_SIZES.hanging.width)
    specs.push({
      id: `sign:${sign.id}`,
      cell: 'strip',
      content: { type: 'text', text: sign.text },
      size: [...size],
      position: localToWorld(sign.position, sign.yaw, [0, Math.min(sign.height, ceiling - size[1] / 2), 0]),
      yaw: sign.yaw,
      doubleSided: true,
    })
  }
  return specs
}
