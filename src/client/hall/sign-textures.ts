import { DataArrayTexture, LinearFilter, LinearMipmapLinearFilter, SRGBColorSpace } from 'three'
import type { AtlasLayout } from './sign-atlas'
import { drawSign } from './sign-drawing'
import type { SignSpec } from './sign-specs'

/**
 * Draws every sign into its atlas page (one reused canvas) and stacks the pages as the layers of one
 * array texture, so every sign draws in one call. Rows are stored bottom first, matching cellUv.
 * Once the texture is on the GPU its pixel copy is dropped, so the pages are not kept twice in memory.
 */
export function drawSignAtlas(
  specs: readonly SignSpec[],
  layout: AtlasLayout,
  fontStack: string,
  anisotropy: number,
): DataArrayTexture {
  const { width, height } = layout.page
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('No 2D canvas context for sign textures')
  const rowBytes = width * 4
  const data = new Uint8Array(rowBytes * height * layout.pageCount)

  for (let page = 0; page < layout.pageCount; page++) {
    ctx.clearRect(0, 0, width, height)
    specs.forEach((spec, i) => {
      const cell = layout.cells[i]
      if (cell && cell.page === page) drawSign(ctx, cell, spec.content, fontStack)
    })
    const pixels = ctx.getImageData(0, 0, width, height).data
    const layerStart = page * rowBytes * height
    for (let y = 0; y < height; y++)
      data.set(pixels.subarray(y * rowBytes, (y + 1) * rowBytes), layerStart + (height - 1 - y) * rowBytes)
  }
  canvas.width = canvas.height = 1

  const texture = new DataArrayTexture(data, width, height, layout.pageCount)
  texture.colorSpace = SRGBColorSpace
  texture.generateMipmaps = true
  texture.minFilter = LinearMipmapLinearFilter
  texture.magFilter = LinearFilter
  texture.anisotropy = anisotropy
  texture.needsUpdate = true
  texture.onUpdate = () => {
    texture.image.data = new Uint8Array(0)
  }
  return texture
}
