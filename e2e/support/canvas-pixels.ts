import type { Locator } from '@playwright/test'

/** What the pixels of a rendered WebGL canvas look like. */
export type CanvasPixelStats = {
  width: number
  height: number
  /** Distinct colours after dropping the 2 lowest bits of each channel (so noise does not count). */
  distinctColours: number
  /** Share (0..1) of the pixels taken by the most common colour. */
  dominantShare: number
  /** Share of pixels that are fully transparent (an unreadable or cleared drawing buffer). */
  transparentShare: number
  /** The most common colour, [r, g, b] 0-255 (to the 2 dropped bits). */
  dominantColour: [number, number, number]
}

/** A part of the viewport in CSS pixels (as `getBoundingClientRect` gives it). */
export type ViewportRegion = { x: number; y: number; width: number; height: number }

/**
 * Reads the pixels the renderer drew into a `<canvas>`. The hall renders without
 * `preserveDrawingBuffer`, so the buffer is only readable in the same animation frame as the render:
 * the copy is made in a requestAnimationFrame callback queued after the renderer's own, with
 * `drawImage` onto a 2D canvas, and summarised in the page.
 */
export async function canvasPixelStats(canvas: Locator, region?: ViewportRegion): Promise<CanvasPixelStats> {
  return canvas.evaluate(
    (element, region) =>
      new Promise<CanvasPixelStats>((resolve, reject) => {
        const source = element as HTMLCanvasElement
        // The renderer queues its next frame from inside its own callback, so a callback queued now runs
        // after the renderer's in the coming frame, while that frame's drawing buffer is still intact.
        requestAnimationFrame(() => {
          try {
            // Only `region` when given: viewport CSS pixels turned into the drawing buffer's pixels.
            const box = source.getBoundingClientRect()
            const scale = source.width / box.width
            const sx = region ? Math.max(0, Math.round((region.x - box.left) * scale)) : 0
            const sy = region ? Math.max(0, Math.round((region.y - box.top) * scale)) : 0
            const copy = document.createElement('canvas')
            copy.width = region
              ? Math.max(1, Math.min(source.width - sx, Math.round(region.width * scale)))
              : source.width
            copy.height = region
              ? Math.max(1, Math.min(source.height - sy, Math.round(region.height * scale)))
              : source.height
            const context = copy.getContext('2d', { willReadFrequently: true })
            if (!context) throw new Error('no 2D context')
            context.drawImage(source, sx, sy, copy.width, copy.height, 0, 0, copy.width, copy.height)
            const { data } = context.getImageData(0, 0, copy.width, copy.height)
            const counts = new Map<number, number>()
            let transparent = 0
            for (let i = 0; i < data.length; i += 4) {
              if (data[i + 3] === 0) transparent++
              const key =
                ((data[i]! >> 2) << 18) |
                ((data[i + 1]! >> 2) << 12) |
                ((data[i + 2]! >> 2) << 6) |
                (data[i + 3]! >> 2)
              counts.set(key, (counts.get(key) ?? 0) + 1)
            }
            const pixels = data.length / 4
            let dominant = 0
            let most = 0
            for (const [key, count] of counts) if (count > most) [dominant, most] = [key, count]
            resolve({
              width: copy.width,
              height: copy.height,
              distinctColours: counts.size,
              dominantShare: most / pixels,
              transparentShare: transparent / pixels,
              dominantColour: [
                ((dominant >> 18) & 63) << 2,
                ((dominant >> 12) & 63) << 2,
                ((dominant >> 6) & 63) << 2,
              ],
            })
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)))
          }
        })
      }),
    region ?? null,
  )
}
