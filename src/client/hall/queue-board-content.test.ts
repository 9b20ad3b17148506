import { describe, expect, it } from 'vitest'
import { cellUploadOrigin, boardCells } from './board-redraw'
import { liveQueueBoardRows } from './queue-board-content'
import { packSignAtlas } from './sign-atlas'
import { hallSignSpecs } from './sign-specs'
import { testLayout } from './testing/layout'

describe('liveQueueBoardRows', () => {
  it("puts each department's newest call and its waiting count on its row", () => {
    const rows = liveQueueBoardRows(testLayout(), {
      called: [
        { number: 'A002', departmentId: 'tax', counterNumber: '10', calledAt: 200 },
        { number: 'B001', departmentId: 'social', counterNumber: '01', calledAt: 150 },
        { number: 'A001', departmentId: 'tax', counterNumber: '02', calledAt: 100 },
      ],
      waiting: [{ departmentId: 'social', count: 4 }],
    })
    expect(rows.map((r) => [r.departmentId, r.live])).toEqual([
      ['tax', { latest: { number: 'A002', counterNumber: '10' }, waiting: 0 }],
      ['social', { latest: { number: 'B001', counterNumber: '01' }, waiting: 4 }],
    ])
    // The counter numbers stay for a board that falls back.
    expect(rows[0]!.counterNumbers).toEqual(['02', '10'])
  })

  it('invents no number for a department nobody was called for', () => {
    const rows = liveQueueBoardRows(testLayout(), { called: [], waiting: [] })
    expect(rows.every((r) => r.live?.latest === null && r.live.waiting === 0)).toBe(true)
  })
})

describe('board cells in the atlas', () => {
  it('finds every board screen and uploads it where drawSignAtlas put it (rows bottom first)', () => {
    const specs = hallSignSpecs(testLayout())
    const atlas = packSignAtlas(specs.map((s) => s.cell))
    const cells = boardCells(specs, atlas)
    expect(cells.length).toBe(specs.filter((s) => s.cell === 'board').length)
    expect(cells.length).toBeGreaterThan(0)
    for (const cell of cells) {
      const [x, y, layer] = cellUploadOrigin(cell, atlas.page)
      expect([x, layer]).toEqual([cell.x, cell.page])
      // Its bottom row in canvas terms (y + height - 1) is texture row y.
      expect(atlas.page.height - 1 - (cell.y + cell.height - 1)).toBe(y)
      expect(y + cell.height).toBeLessThanOrEqual(atlas.page.height)
    }
    expect(
      cellUploadOrigin({ page: 1, x: 512, y: 0, width: 1024, height: 512 }, { width: 2048, height: 2048 }),
    ).toEqual([512, 1536, 1])
  })
})
