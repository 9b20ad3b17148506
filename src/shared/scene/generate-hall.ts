import { z } from 'zod'
import { FURNITURE_FOOTPRINTS } from './footprints'
import { localizedTextSchema, type LocalizedText } from './localized'
import { idSchema, type Counter, type Furniture, type Hall, type Sign } from './schema'
import { SceneError, formatPath } from './scene-error'
import { validateHall, type SceneSource } from './validate-hall'

/**
 * `scenes/<hall-id>/generated.json`: a hall made from parameters instead of drawn by hand, used to measure
 * how rendering cost grows with the number of counters. Departments and services come from the `base` hall.
 */
export const generatedHallSchema = z
  .object({
    generator: z.literal('grid'),
    id: idSchema,
    name: localizedTextSchema,
    /** How many counters to lay out; counter numbers have at most three digits. */
    counters: z.number().int().min(1).max(999),
    /** Id of the hand-made hall whose departments, services and furniture kinds are reused. */
    base: idSchema,
  })
  .strict()
export type GeneratedHallParams = z.infer<typeof generatedHallSchema>

// Layout dimensions in metres. Aisles stay at least 2 m wide so a visitor (and the 1.5 m aisle check) fits.
const COUNTER = FURNITURE_FOOTPRINTS.counter
const COUNTER_PITCH = COUNTER.width + 0.4
/** Distance between counter rows: counter, 2 m of staff space for the next row, 3 m of visitor aisle. */
const ROW_PITCH = 6
/** Open floor between the north wall and the first row (staff space). */
const BACK_SPACE = 2
/** Gap splitting long rows in two, so visitors can cross the hall between rows. */
const CROSS_AISLE = 3
const SPLIT_FROM = 8
const MAX_PER_ROW = 24
const SIDE_AISLE = 5
const MIN_WIDTH = 30
/** Free floor between the last counter row and the waiting seats. */
const FRONT_AISLE = 4.5
const SEAT = FURNITURE_FOOTPRINTS['seat-row']
/** Two seat rows side by side form a block; blocks are separated by 2 m aisles. */
const SEAT_BLOCK_WIDTH = 2 * SEAT.width + 0.2
const SEAT_BLOCK_PITCH = SEAT_BLOCK_WIDTH + 2
const SEAT_LINE_PITCH = SEAT.depth + 1.5
/** The entrance zone: info desk and boards, then kiosks, then the spawn point 2 m from the entrance wall. */
const ENTRANCE_GAP = 2.5
const DESK_LINE = 2
const KIOSK_LINE = 5
const SPAWN_LINE = 7.5
const ENTRANCE_DEPTH = 9.5
const BOARD_X0 = 6.5
const BOARD_PITCH = 5
const KIOSK_X0 = 5
const KIOSK_PITCH = 1.2

const round = (n: number) => Math.round(n * 100) / 100
const text = (zh: string, en: string): LocalizedText => ({ zh, en })
/** `perSide` positions on each side of x = 0, alternating: x0, -x0, x0 + pitch, -(x0 + pitch)... */
const mirrored = (perSide: number, x0: number, pitch: number) =>
  Array.from({ length: perSide * 2 }, (_, k) => (k % 2 === 0 ? 1 : -1) * (x0 + pitch * Math.floor(k / 2)))

/** Where the counters of one row sit along x; a long row is split by a cross aisle centred on x = 0. */
function rowXs(perRow: number): number[] {
  if (perRow < SPLIT_FROM)
    return Array.from({ length: perRow }, (_, k) => round((k - (perRow - 1) / 2) * COUNTER_PITCH))
  const left = Math.ceil(perRow / 2)
  const inner = (CROSS_AISLE + COUNTER_PITCH) / 2
  return Array.from({ length: perRow }, (_, k) =>
    round(k < left ? -inner - (left - 1 - k) * COUNTER_PITCH : inner + (k - left) * COUNTER_PITCH),
  )
}

/**
 * Lays out a hall of `params.counters` counters in rows facing the entrance (south, +z), with side aisles,
 * a cross aisle through long rows, a waiting area, an entrance zone with the info desk, queue boards and
 * kiosks, and the spawn point at the entrance looking in. Counters cycle through the base hall's
 * departments; a department whose base counters are one-stop windows stays one-stop. Deterministic: the
 * same parameters always give the same hall.
 */
export function generateHall(params: GeneratedHallParams, base: Hall): Hall {
  const n = params.counters
  const perRow = Math.min(n, MAX_PER_ROW, Math.max(1, Math.ceil(Math.sqrt(2 * n))))
  const rows = Math.ceil(n / perRow)
  const xs = rowXs(perRow)
  const rowHalf = Math.max(...xs.map(Math.abs)) + COUNTER.width / 2
  const rowWidth = 2 * rowHalf

  const seatBlocks = Math.max(1, Math.floor((rowWidth + 2) / SEAT_BLOCK_PITCH))
  const seatRows = Math.max(4, Math.ceil(n / 2))
  const seatLines = Math.ceil(seatRows / (2 * seatBlocks))

  const width = round(
    Math.max(MIN_WIDTH, rowWidth + 2 * SIDE_AISLE, seatBlocks * SEAT_BLOCK_PITCH + 2 * SIDE_AISLE),
  )
  const countersDepth = BACK_SPACE + (rows - 1) * ROW_PITCH + COUNTER.depth
  const depth = round(
    countersDepth + FRONT_AISLE + seatLines * SEAT_LINE_PITCH + ENTRANCE_GAP + ENTRANCE_DEPTH,
  )
  const north = -depth / 2
  const rowZ = (r: number) => round(north + BACK_SPACE + COUNTER.depth / 2 + r * ROW_PITCH)
  const seatsStart = north + countersDepth + FRONT_AISLE
  const entrance = seatsStart + seatLines * SEAT_LINE_PITCH + ENTRANCE_GAP

  const oneStopDepartments = new Set(base.counters.filter((c) => c.oneStop).map((c) => c.departmentId))
  const digits = Math.max(2, String(n).length)
  const counters: Counter[] = Array.from({ length: n }, (_, i) => {
    const department = base.departments[i % base.departments.length]
    if (!department) throw new Error(`Base hall "${base.id}" has no departments`)
    const number = String(i + 1).padStart(digits, '0')
    return {
      id: `counter-${number}`,
      number,
      departmentId: department.id,
      position: [xs[i % perRow] as number, rowZ(Math.floor(i / perRow))],
      yaw: 0,
      oneStop: oneStopDepartments.has(department.id),
    }
  })

  const furniture: Furniture[] = []
  const place = (id: string, kind: Furniture['kind'], x: number, z: number, yaw = 0, label?: LocalizedText) =>
    furniture.push({ id, kind, position: [round(x), round(z)], yaw, ...(label ? { label } : {}) })

  // Pillars stand in the middle of the side aisles, level with each row, leaving 2 m on either side.
  const sideX = rowHalf + SIDE_AISLE / 2
  let pillar = 0
  for (let r = 0; r < rows; r++)
    for (const side of [-1, 1]) place(`pillar-${++pillar}`, 'pillar', side * sideX, rowZ(r))

  // Seats face the counters (yaw 180); each block is two seat rows with a 0.2 m gap, blocks centred on x = 0.
  let seat = 0
  for (let line = 0; line < seatLines; line++)
    for (let b = 0; b < seatBlocks; b++)
      for (const half of [-1, 1]) {
        const blockX = (b - (seatBlocks - 1) / 2) * SEAT_BLOCK_PITCH
        const z = seatsStart + SEAT.depth / 2 + line * SEAT_LINE_PITCH
        place(`seats-${++seat}`, 'seat-row', blockX + (half * (SEAT.width + 0.2)) / 2, z, 180)
      }

  const infoLabel =
    base.furniture.find((f) => f.kind === 'info-desk')?.label ?? text('咨询服务台', 'Information desk')
  const boardLabel =
    base.furniture.find((f) => f.kind === 'queue-board')?.label ?? text('叫号屏', 'Queue board')
  place('info-desk', 'info-desk', 0, entrance + DESK_LINE, 0, infoLabel)
  const boardsPerSide = Math.min(
    Math.max(1, Math.floor(n / 100)),
    Math.floor((width / 2 - BOARD_X0 - 2.6) / BOARD_PITCH) + 1,
  )
  mirrored(boardsPerSide, BOARD_X0, BOARD_PITCH).forEach((x, k) =>
    place(`board-${k + 1}`, 'queue-board', x, entrance + DESK_LINE, 0, boardLabel),
  )
  const baseKiosks = base.furniture.filter((f) => f.kind === 'kiosk')
  const kiosksPerSide = Math.min(
    Math.max(2, Math.ceil(n / 40)),
    Math.floor((width / 2 - KIOSK_X0 - 1.4) / KIOSK_PITCH) + 1,
  )
  mirrored(kiosksPerSide, KIOSK_X0, KIOSK_PITCH).forEach((x, k) =>
    place(
      `kiosk-${k + 1}`,
      'kiosk',
      x,
      entrance + KIOSK_LINE,
      0,
      baseKiosks[k % Math.max(1, baseKiosks.length)]?.label,
    ),
  )
  const plantZ = depth / 2 - 1
  ;[-3.5, 3.5].forEach((x, k) => place(`plant-${k + 1}`, 'plant', x, plantZ))
  const seatsMiddle = seatsStart + (seatLines * SEAT_LINE_PITCH) / 2
  ;[-1, 1].forEach((side, k) => place(`plant-${k + 3}`, 'plant', side * sideX, seatsMiddle))

  const signs: Sign[] = []
  for (let r = 0; r < rows; r++) {
    const first = counters[r * perRow]?.number ?? ''
    const last = counters[Math.min(n, (r + 1) * perRow) - 1]?.number ?? ''
    signs.push({
      id: `sign-row-${r + 1}`,
      text: text(`第${r + 1}排 ${first}-${last}号窗口`, `Row ${r + 1}: counters ${first}-${last}`),
      position: [0, rowZ(r)],
      height: 3.4,
      yaw: 0,
    })
  }
  signs.push({
    id: 'sign-waiting-area',
    text: text('等候区', 'Waiting area'),
    position: [0, round(seatsMiddle)],
    height: 4,
    yaw: 0,
  })
  signs.push({
    id: 'sign-self-service',
    text: text('自助服务区', 'Self-service area'),
    position: [0, round(entrance + KIOSK_LINE)],
    height: 3.2,
    yaw: 0,
  })

  return {
    id: params.id,
    name: params.name,
    size: { width, depth, height: base.size.height },
    spawn: { position: [0, round(entrance + SPAWN_LINE)], yaw: 0 },
    departments: base.departments,
    counters,
    furniture,
    signs,
    walls: [],
    services: base.services,
  }
}

/**
 * Reads a `generated.json` document, builds its hall from the already validated base hall and validates
 * the result like a hand-made hall. Throws {@link SceneError} naming the file for bad parameters or a
 * base hall of the wrong id.
 */
export function hallFromGenerated(source: SceneSource, base: Hall): Hall {
  const parsed = generatedHallSchema.safeParse(source.data)
  if (!parsed.success)
    throw new SceneError(
      parsed.error.issues.map((i) => ({ file: source.file, path: formatPath(i.path), message: i.message })),
    )
  if (parsed.data.base !== base.id)
    throw new SceneError([
      {
        file: source.file,
        path: 'base',
        message: `Expected base hall "${parsed.data.base}", got "${base.id}"`,
      },
    ])
  const { services, ...layout } = generateHall(parsed.data, base)
  return validateHall(
    { file: source.file, data: layout },
    services.map((service) => ({ file: `${source.file} (from ${base.id}: ${service.id})`, data: service })),
  )
}
