import { BoxGeometry, type BufferGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { HallLayout } from '../../shared/scene'
import { hallObstacles } from '../../shared/walk/obstacle'

/**
 * Every wall of a hall (outer and interior) as one merged geometry, built from the same rectangles the
 * collision uses, so what you see is what stops you.
 */
export function hallWallGeometry(layout: HallLayout): BufferGeometry {
  const height = layout.size.height
  const boxes = hallObstacles(layout)
    .filter((o) => o.kind === 'wall')
    .map((o) =>
      new BoxGeometry(o.halfWidth * 2, height, o.halfDepth * 2)
        .rotateY(o.yaw)
        .translate(o.center[0], height / 2, o.center[1]),
    )
  const merged = mergeGeometries(boxes, false)
  boxes.forEach((b) => b.dispose())
  return merged
}

/** Centres of ceiling light panels on a regular grid over the floor. */
export function ceilingLightGrid(size: HallLayout['size'], spacing = 4): [number, number][] {
  const cols = Math.max(1, Math.floor(size.width / spacing))
  const rows = Math.max(1, Math.floor(size.depth / spacing))
  const points: [number, number][] = []
  for (let i = 0; i < cols; i++)
    for (let j = 0; j < rows; j++)
      points.push([
        -size.width / 2 + (i + 0.5) * (size.width / cols),
        -size.depth / 2 + (j + 0.5) * (size.depth / rows),
      ])
  return points
}
