import { DataTexture, Vector3, type DataArrayTexture, type WebGLRenderer } from 'three'
import type { AtlasLayout } from './sign-atlas'
import { drawSign } from './sign-drawing'
import type { SignContent, SignSpec } from './sign-specs'

/** Where each board screen sits in the atlas: the cells of the `board` specs. */
export function boardCells(specs: readonly SignSpec[], atlas: AtlasLayout): AtlasLayout['cells'] {
  return specs.flatMap((spec, i) => (spec.cell === 'board' && atlas.cells[i] ? [atlas.cells[i]] : []))
}

/**
 * Where a cell's pixels go in its atlas layer: pages are stored bottom row first (see drawSignAtlas), so
 * a cell `y` pixels from the top starts `height - y - cell height` rows from the bottom.
 */
export function cellUploadOrigin(
  cell: AtlasLayout['cells'][number],
  page: AtlasLayout['page'],
): [number, number, number] {
  return [cell.x, page.height - cell.y - cell.height, cell.page]
}

/**
 * Redraws the queue board screens in the sign atlas: the board is drawn once on a canvas of one cell
 * and copied into each board's cell of the array texture on the GPU. No other sign is redrawn and no
 * page is uploaded again; called when the board changes, never per frame.
 */
export function redrawBoardCells(
  renderer: WebGLRenderer,
  texture: DataArrayTexture,
  cells: AtlasLayout['cells'],
  page: AtlasLayout['page'],
  content: SignContent,
  fontStack: string,
): void {
  const first = cells[0]
  if (!first) return
  const { width, height } = first
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) return
  drawSign(ctx, { page: 0, x: 0, y: 0, width, height }, content, fontStack)
  const pixels = ctx.getImageData(0, 0, width, height).data
  const rowBytes = width * 4
  const flipped = new Uint8Array(pixels.length)
  for (let y = 0; y < height; y++)
    flipped.set(pixels.subarray(y * rowBytes, (y + 1) * rowBytes), (height - 1 - y) * rowBytes)
  const source = new DataTexture(flipped, width, height)
  for (const cell of cells) {
    const [x, y, z] = cellUploadOrigin(cell, page)
    renderer.copyTextureToTexture(source, texture, null, new Vector3(x, y, z))
  }
  source.dispose()
}
