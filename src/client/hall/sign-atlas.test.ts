import { describe, expect, it } from 'vitest'
import { CELL_PADDING, CELL_SIZES, PAGE_SIZE, cellUv, packSignAtlas, type AtlasCell } from './sign-atlas'
import type { SignCellKind } from './sign-specs'

const overlaps = (a: AtlasCell, b: AtlasCell) =>
  a.page === b.page &&
  a.x < b.x + b.width &&
  b.x < a.x + a.width &&
  a.y < b.y + b.height &&
  b.y < a.y + a.height

function kinds(strips: number, boards: number): SignCellKind[] {
  const list: SignCellKind[] = []
  for (let i = 0; i < Math.max(strips, boards); i++) {
    if (i < strips) list.push('strip')
    if (i < boards) list.push('board')
  }
  return list
}

describe('packSignAtlas', () => {
  it('gives every sign its own cell inside its page, none overlapping', () => {
    const input = kinds(230, 3)
    const layout = packSignAtlas(input)
    expect(layout.cells).toHaveLength(input.length)
    layout.cells.forEach((cell, i) => {
      const kind = input[i]!
      expect(cell.width).toBe(CELL_SIZES[kind].width)
      expect(cell.height).toBe(CELL_SIZES[kind].height)
      const page = layout.page
      expect(cell.page).toBeLessThan(layout.pageCount)
      expect(cell.x + cell.width).toBeLessThanOrEqual(page.width)
      expect(cell.y + cell.height).toBeLessThanOrEqual(page.height)
    })
    for (let i = 0; i < layout.cells.length; i++)
      for (let j = i + 1; j < layout.cells.length; j++)
        expect(overlaps(layout.cells[i]!, layout.cells[j]!)).toBe(false)
  })

  it('fits a default-sized hall on one page and grows pages only with the sign count', () => {
    expect(packSignAtlas(kinds(25, 2)).pageCount).toBe(1)
    // 3 boards (8 units each) and 40 strips fill 64 units: strips go beside the third board.
    expect(packSignAtlas(kinds(40, 3)).pageCount).toBe(1)
    expect(packSignAtlas(kinds(41, 3)).pageCount).toBe(2)
    const big = packSignAtlas(kinds(220, 2)).pageCount
    // 64 units per page: 2 boards (16 units) and 220 strips need 236 units, so 4 pages.
    expect(big).toBe(4)
  })

  it('shrinks a single page to the power of two it needs; several pages are all full size', () => {
    const layout = packSignAtlas(kinds(5, 0))
    expect(layout.pageCount).toBe(1)
    expect(layout.page).toEqual({ width: PAGE_SIZE, height: 256 })
    expect(packSignAtlas(kinds(100, 0)).page).toEqual({ width: PAGE_SIZE, height: PAGE_SIZE })
  })

  it('refuses a cell larger than the page', () => {
    expect(() => packSignAtlas(['board'], 512)).toThrow(/does not fit/)
  })
})

describe('cellUv', () => {
  it('maps the inner area with v flipped (canvas y down, texture v up)', () => {
    const page = { width: 2048, height: 1024 }
    const [u0, v0, u1, v1] = cellUv({ page: 0, x: 512, y: 128, width: 512, height: 128 }, page)
    expect(u0).toBeCloseTo((512 + CELL_PADDING) / 2048)
    expect(u1).toBeCloseTo((1024 - CELL_PADDING) / 2048)
    expect(v1).toBeCloseTo(1 - (128 + CELL_PADDING) / 1024)
    expect(v0).toBeCloseTo(1 - (256 - CELL_PADDING) / 1024)
    expect(v1).toBeGreaterThan(v0)
  })
})
