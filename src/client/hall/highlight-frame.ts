import { BoxGeometry, type BufferGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'

/**
 * The twelve edges of a box as thin beams merged into one geometry: an outline that reads at any
 * distance (WebGL lines are one pixel wide) and draws in one call. Origin at the bottom centre.
 */
export function boxFrameGeometry(width: number, height: number, depth: number, beam: number): BufferGeometry {
  const beams: BufferGeometry[] = []
  const [hw, hd] = [width / 2, depth / 2]
  for (const y of [0, height])
    for (const z of [-hd, hd]) beams.push(new BoxGeometry(width + beam, beam, beam).translate(0, y, z))
  for (const y of [0, height])
    for (const x of [-hw, hw]) beams.push(new BoxGeometry(beam, beam, depth + beam).translate(x, y, 0))
  for (const x of [-hw, hw])
    for (const z of [-hd, hd]) beams.push(new BoxGeometry(beam, height, beam).translate(x, height / 2, z))
  const merged = mergeGeometries(beams, false)
  beams.forEach((b) => b.dispose())
  return merged
}
