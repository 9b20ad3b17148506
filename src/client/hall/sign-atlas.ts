import type { SignCellKind } from './sign-specs'

/** Pixel size of one atlas slot per cell kind, padding included; 4 strips fill a 2048-wide row. */
export const CELL_SIZES = {
  strip: { width: 512, height: 128 },
  board: { width: 1024, height: 512 },
} as const satisfies Record<SignCellKind, { width: number; height: number }>

/** Pixels around each cell filled with its background, so mipmaps do not bleed neighbours into it. */
export const CELL_PADDING = 4

/** Atlas pages are this wide and at most this tall; a single page is only as tall as it needs. */
export const PAGE_SIZE = 2048

/** Where one sign is drawn: its slot on a page (padding included), in canvas pixels (y down). */
export type AtlasCell = { page: number; x: number; y: number; width: number; height: number }

export type AtlasLayout = {
  /** Every page has this size: the pages are layers of one array texture. */
  page: { width: number; height: number }
  pageCount: number
  /** One cell per input, in input order. */
  cells: AtlasCell[]
}

const nextPowerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)))

/** The packing unit: the smallest cell. Every cell kind is a whole number of units wide and tall. */
const UNIT = CELL_SIZES.strip

/**
 * Packs sign cells onto atlas pages: each page is a grid of strip-sized units, a bigger cell takes a
 * block of units, and each cell goes into the first free block (largest cells first, then in input
 * order), so strips fill the gaps beside boards. A new page starts only when no page has room, so the
 * page count grows only with the number of signs; a hall whose signs fit one page gets a page only as
 * tall as it needs.
 */
export function packSignAtlas(kinds: readonly SignCellKind[], pageSize = PAGE_SIZE): AtlasLayout {
  const cols = Math.floor(pageSize / UNIT.width)
  const rows = Math.floor(pageSize / UNIT.height)
  const order = kinds.map((kind, index) => ({ kind, index }))
  const area = (k: SignCellKind) => CELL_SIZES[k].width * CELL_SIZES[k].height
  order.sort((a, b) => area(b.kind) - area(a.kind) || a.index - b.index)

  const pages: boolean[][] = [] // per page, occupied units row-major
  const usedRows: number[] = []
  const cells: AtlasCell[] = new Array(kinds.length)

  const fits = (grid: boolean[], col: number, row: number, w: number, h: number) => {
    if (col + w > cols || row + h > rows) return false
    for (let r = row; r < row + h; r++)
      for (let c = col; c < col + w; c++) if (grid[r * cols + c]) return false
    return true
  }

  for (const { kind, index } of order) {
    const { width, height } = CELL_SIZES[kind]
    if (width > pageSize || height > pageSize)
      throw new Error(`A ${kind} cell does not fit a ${pageSize}px page`)
    const w = Math.ceil(width / UNIT.width)
    const h = Math.ceil(height / UNIT.height)
    let placed = false
    for (let page = 0; !placed; page++) {
      const grid = (pages[page] ??= new Array<boolean>(cols * rows).fill(false))
      for (let row = 0; row + h <= rows && !placed; row++)
        for (let col = 0; col + w <= cols && !placed; col++) {
          if (!fits(grid, col, row, w, h)) continue
          for (let r = row; r < row + h; r++) for (let c = col; c < col + w; c++) grid[r * cols + c] = true
          cells[index] = { page, x: col * UNIT.width, y: row * UNIT.height, width, height }
          usedRows[page] = Math.max(usedRows[page] ?? 0, row + h)
          placed = true
        }
    }
  }

  const pageCount = Math.max(1, pages.length)
  const height =
    pageCount > 1 ? pageSize : Math.min(pageSize, nextPowerOfTwo((usedRows[0] ?? 1) * UNIT.height))
  return { page: { width: pageSize, height }, pageCount, cells }
}

/**
 * Texture coordinates of a cell's inner area (padding excluded): [u0, v0, u1, v1] with v0 at the bottom.
 * Pages are uploaded bottom row first, so canvas row 0 is v = 1.
 */
export function cellUv(
  cell: AtlasCell,
  page: { width: number; height: number },
): [number, number, number, number] {
  const u0 = (cell.x + CELL_PADDING) / page.width
  const u1 = (cell.x + cell.width - CELL_PADDING) / page.width
  const vTop = 1 - (cell.y + CELL_PADDING) / page.height
  const vBottom = 1 - (cell.y + cell.height - CELL_PADDING) / page.height
  return [u0, vBottom, u1, vTop]
}
