import { describe, expect, it } from 'vitest'
import { Vector3 } from 'three'
import type { BufferGeometry } from 'three'
import { packSignAtlas } from './sign-atlas'
import { buildSignGeometry } from './sign-geometry'
import type { SignSpec } from './sign-specs'

function spec(id: string, yaw: number, doubleSided: boolean, position: [number, number, number]): SignSpec {
  return {
    id,
    cell: 'strip',
    content: { type: 'text', text: { zh: '标', en: 'S' } },
    size: [2, 0.5],
    position,
    yaw,
    doubleSided,
  }
}

function vertex(g: BufferGeometry, i: number) {
  const p = g.getAttribute('position')
  const uv = g.getAttribute('uv')
  return { p: new Vector3(p.getX(i), p.getY(i), p.getZ(i)), u: uv.getX(i), v: uv.getY(i) }
}

/** Normal of triangle (a, b, c) from its winding: the side from which it is counter-clockwise. */
function windingNormal(g: BufferGeometry, tri: number) {
  const idx = g.getIndex()!
  const [a, b, c] = [0, 1, 2].map((k) => vertex(g, idx.getX(tri * 3 + k)).p)
  return new Vector3().subVectors(b!, a!).cross(new Vector3().subVectors(c!, a!)).normalize()
}

describe('buildSignGeometry', () => {
  const specs = [spec('a', 0, true, [0, 2, 0]), spec('b', 90, false, [5, 3, 1])]
  const layout = packSignAtlas(specs.map((s) => s.cell))
  const g = buildSignGeometry(specs, layout)

  it('merges all quads: two for a double-sided sign, one otherwise', () => {
    expect(g.getAttribute('position').count).toBe(12)
    expect(g.getIndex()!.count).toBe(18)
  })

  it('faces the front toward the sign yaw and the back away from it', () => {
    expect(windingNormal(g, 0).z).toBeCloseTo(1) // sign a front, yaw 0 -> +z
    expect(windingNormal(g, 2).z).toBeCloseTo(-1) // sign a back
    expect(windingNormal(g, 4).x).toBeCloseTo(1) // sign b, yaw 90 -> +x
    expect(vertex(g, 8).p.y).toBeCloseTo(2.75)
  })

  it('reads left to right from both sides (the back is not mirrored)', () => {
    // Seen from the front (+z) of sign a, the viewer's left is -x; from behind, it is +x.
    const frontLeft = vertex(g, 0)
    const frontRight = vertex(g, 1)
    expect(frontLeft.p.x).toBeLessThan(frontRight.p.x)
    expect(frontLeft.u).toBeLessThan(frontRight.u)
    const backLeft = vertex(g, 4)
    const backRight = vertex(g, 5)
    expect(backLeft.p.x).toBeGreaterThan(backRight.p.x)
    expect(backLeft.u).toBeLessThan(backRight.u)
    // and the back sits just behind the front
    expect(backLeft.p.z).toBeLessThan(frontLeft.p.z)
  })

  it('tags each vertex with its atlas page layer', () => {
    const many = Array.from({ length: 70 }, (_, i) => spec(`s${i}`, 0, false, [i, 2, 0]))
    const manyLayout = packSignAtlas(many.map((s) => s.cell))
    const geometry = buildSignGeometry(many, manyLayout)
    const layer = geometry.getAttribute('layer')
    expect(layer.getX(0)).toBe(0)
    expect(layer.getX(69 * 4)).toBe(manyLayout.cells[69]!.page)
    expect(manyLayout.cells[69]!.page).toBe(1)
  })

  it('refuses a sign without a cell', () => {
    expect(() => buildSignGeometry(specs, { ...layout, cells: layout.cells.slice(0, 1) })).toThrow(
      /no atlas cell/,
    )
  })
})
