import { BufferGeometry, Float32BufferAttribute, Matrix4, Vector3 } from 'three'
import { cellUv, type AtlasLayout } from './sign-atlas'
import type { SignSpec } from './sign-specs'

/** Gap between a double-sided sign's front and back faces, so they never z-fight. */
const BACK_OFFSET = 0.02

const m = new Matrix4()
const v = new Vector3()
const n = new Vector3()

/**
 * One geometry holding every sign quad of the hall, in world coordinates, so all signs draw in one call.
 * Each vertex carries its atlas page in the `layer` attribute (a layer of the array texture). Each quad
 * faces its sign's local +z with counter-clockwise winding; a double-sided sign gets a second quad
 * facing -z whose u runs the other way, so its text reads left-to-right from behind instead of mirrored.
 */
export function buildSignGeometry(specs: readonly SignSpec[], layout: AtlasLayout): BufferGeometry {
  const positions: number[] = []
  const normals: number[] = []
  const uvs: number[] = []
  const layers: number[] = []
  const indices: number[] = []

  const quad = (
    corners: [number, number, number][],
    uv: [number, number][],
    normalZ: number,
    layer: number,
  ) => {
    const base = positions.length / 3
    n.set(0, 0, normalZ).transformDirection(m)
    corners.forEach((c, i) => {
      v.set(...c).applyMatrix4(m)
      positions.push(v.x, v.y, v.z)
      normals.push(n.x, n.y, n.z)
      uvs.push(...uv[i]!)
      layers.push(layer)
    })
    indices.push(base, base + 1, base + 2, base, base + 2, base + 3)
  }

  specs.forEach((spec, i) => {
    const cell = layout.cells[i]
    if (!cell) throw new Error(`Sign ${spec.id} has no atlas cell`)
    const [u0, v0, u1, v1] = cellUv(cell, layout.page)
    const uv: [number, number][] = [
      [u0, v0],
      [u1, v0],
      [u1, v1],
      [u0, v1],
    ]
    const hw = spec.size[0] / 2
    const hh = spec.size[1] / 2
    m.makeRotationY((spec.yaw * Math.PI) / 180).setPosition(...spec.position)
    // Front: bottom-left, bottom-right, top-right, top-left seen from +z.
    quad(
      [
        [-hw, -hh, 0],
        [hw, -hh, 0],
        [hw, hh, 0],
        [-hw, hh, 0],
      ],
      uv,
      1,
      cell.page,
    )
    if (spec.doubleSided) {
      // Back, seen from -z: its left is local +x, so the text starts (u0) there.
      const z = -BACK_OFFSET
      quad(
        [
          [hw, -hh, z],
          [-hw, -hh, z],
          [-hw, hh, z],
          [hw, hh, z],
        ],
        uv,
        -1,
        cell.page,
      )
    }
  })

  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3))
  geometry.setAttribute('normal', new Float32BufferAttribute(normals, 3))
  geometry.setAttribute('uv', new Float32BufferAttribute(uvs, 2))
  geometry.setAttribute('layer', new Float32BufferAttribute(layers, 1))
  geometry.setIndex(indices)
  geometry.computeBoundingSphere()
  return geometry
}
