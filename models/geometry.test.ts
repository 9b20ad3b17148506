import { describe, expect, it } from 'vitest'
import {
  addBlob,
  addBox,
  addCylinder,
  addQuad,
  createMeshData,
  triangleCount,
  type MeshData,
  type Vec3,
} from './geometry'

type Triangle = { points: [Vec3, Vec3, Vec3]; normals: [Vec3, Vec3, Vec3] }

function triangles(m: MeshData): Triangle[] {
  const out: Triangle[] = []
  const at = (a: number[], i: number): Vec3 => [a[i]!, a[i + 1]!, a[i + 2]!]
  for (let t = 0; t < triangleCount(m); t++) {
    const i = t * 9
    out.push({
      points: [at(m.positions, i), at(m.positions, i + 3), at(m.positions, i + 6)],
      normals: [at(m.normals, i), at(m.normals, i + 3), at(m.normals, i + 6)],
    })
  }
  return out
}

/** The normal implied by the winding: counter-clockwise seen from the front. */
function windingNormal([a, b, c]: [Vec3, Vec3, Vec3]): Vec3 {
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]]
  const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]]
  return [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!]
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const centroid = ([a, b, c]: [Vec3, Vec3, Vec3]): Vec3 => [
  (a[0] + b[0] + c[0]) / 3,
  (a[1] + b[1] + c[1]) / 3,
  (a[2] + b[2] + c[2]) / 3,
]

function bounds(m: MeshData) {
  const min = [Infinity, Infinity, Infinity]
  const max = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < m.positions.length; i++) {
    min[i % 3] = Math.min(min[i % 3]!, m.positions[i]!)
    max[i % 3] = Math.max(max[i % 3]!, m.positions[i]!)
  }
  return { min, max }
}

describe('procedural geometry', () => {
  it('builds a closed box whose faces wind outward and carry outward normals', () => {
    const m = createMeshData()
    addBox(m, [-1, 0, -0.5], [1, 2, 0.5])
    expect(triangleCount(m)).toBe(12)
    expect(bounds(m)).toEqual({ min: [-1, 0, -0.5], max: [1, 2, 0.5] })
    const center: Vec3 = [0, 1, 0]
    for (const t of triangles(m)) {
      const c = centroid(t.points)
      const away: Vec3 = [c[0] - center[0], c[1] - center[1], c[2] - center[2]]
      expect(dot(windingNormal(t.points), away)).toBeGreaterThan(0)
      for (const n of t.normals) expect(dot(n, windingNormal(t.points))).toBeGreaterThan(0)
    }
  })

  it('puts the texture top-left of a quad at its top-left corner', () => {
    const m = createMeshData()
    addQuad(m, [-1, 2, 0], [2, 0, 0], [0, -1, 0])
    for (const t of triangles(m)) expect(windingNormal(t.points)[2]).toBeGreaterThan(0)
    const uvOf = (x: number, y: number) => {
      for (let i = 0; i < m.positions.length / 3; i++) {
        if (m.positions[i * 3] === x && m.positions[i * 3 + 1] === y) return [m.uvs[i * 2], m.uvs[i * 2 + 1]]
      }
      return undefined
    }
    expect(uvOf(-1, 2)).toEqual([0, 0])
    expect(uvOf(1, 2)).toEqual([1, 0])
    expect(uvOf(1, 1)).toEqual([1, 1])
  })

  it('builds a cylinder that reaches its radius on both axes and faces outward', () => {
    const m = createMeshData()
    addCylinder(m, {
      center: [0, 0],
      bottomY: 0,
      topY: 3,
      radiusBottom: 0.4,
      radiusTop: 0.4,
      segments: 12,
      caps: true,
    })
    expect(triangleCount(m)).toBe(12 * 4)
    const b = bounds(m)
    for (const axis of [0, 2]) {
      expect(b.min[axis]).toBeCloseTo(-0.4, 9)
      expect(b.max[axis]).toBeCloseTo(0.4, 9)
    }
    for (const t of triangles(m)) {
      const c = centroid(t.points)
      const away: Vec3 = [c[0], c[1] - 1.5, c[2]]
      expect(dot(windingNormal(t.points), away)).toBeGreaterThan(0)
    }
  })

  it('keeps a lumpy blob inside, and touching, its radii', () => {
    const m = createMeshData()
    addBlob(m, [0, 1, 0], [0.35, 0.35, 0.35], 2, 0.15)
    expect(triangleCount(m)).toBe(8 * 16)
    const b = bounds(m)
    b.min.forEach((v, i) => expect(v).toBeCloseTo([-0.35, 0.65, -0.35][i]!, 9))
    b.max.forEach((v, i) => expect(v).toBeCloseTo([0.35, 1.35, 0.35][i]!, 9))
    for (const t of triangles(m)) {
      const c = centroid(t.points)
      expect(dot(windingNormal(t.points), [c[0], c[1] - 1, c[2]])).toBeGreaterThan(0)
    }
  })
})
