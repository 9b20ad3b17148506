/**
 * A tiny triangle-soup builder for the procedural models: boxes, quads, prisms and lumpy spheres, flat
 * or smooth shaded, with UVs in glTF convention (u to the right, v downward, (0, 0) at the top left).
 * Every triangle is wound counter-clockwise seen from outside; `weld` later merges shared vertices.
 */

export type Vec3 = readonly [number, number, number]
type Vec2 = readonly [number, number]

/** Vertex streams of one primitive, before indexing. */
export interface MeshData {
  positions: number[]
  normals: number[]
  uvs: number[]
}

export function createMeshData(): MeshData {
  return { positions: [], normals: [], uvs: [] }
}

/** Number of triangles accumulated so far. */
export function triangleCount(m: MeshData): number {
  return m.positions.length / 9
}

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
const normalize = (a: Vec3): Vec3 => {
  const length = Math.hypot(a[0], a[1], a[2])
  return length === 0 ? a : scale(a, 1 / length)
}

/**
 * Adds one triangle. `outward` is the direction the front face must point to; the vertex order is
 * flipped when needed, so callers never reason about winding. `normals` default to the face normal.
 */
export function addTriangle(
  m: MeshData,
  points: readonly [Vec3, Vec3, Vec3],
  uvs: readonly [Vec2, Vec2, Vec2],
  outward: Vec3,
  normals?: readonly [Vec3, Vec3, Vec3],
): void {
  const faceNormal = normalize(cross(sub(points[1], points[0]), sub(points[2], points[0])))
  const order = dot(faceNormal, outward) >= 0 ? [0, 1, 2] : [0, 2, 1]
  const flat = dot(faceNormal, outward) >= 0 ? faceNormal : scale(faceNormal, -1)
  for (const i of order) {
    const p = points[i as 0 | 1 | 2]
    const n = normals ? normals[i as 0 | 1 | 2] : flat
    const uv = uvs[i as 0 | 1 | 2]
    m.positions.push(p[0], p[1], p[2])
    m.normals.push(n[0], n[1], n[2])
    m.uvs.push(uv[0], uv[1])
  }
}

/**
 * Adds a flat quad from its top-left corner and two edge vectors as seen by a viewer in front of it:
 * `right` runs along the top edge, `down` along the left edge. The texture's top-left lands on the corner.
 */
export function addQuad(m: MeshData, topLeft: Vec3, right: Vec3, down: Vec3): void {
  const outward = cross(down, right)
  const topRight = add(topLeft, right)
  const bottomLeft = add(topLeft, down)
  const bottomRight = add(topRight, down)
  addTriangle(
    m,
    [topLeft, bottomLeft, bottomRight],
    [
      [0, 0],
      [0, 1],
      [1, 1],
    ],
    outward,
  )
  addTriangle(
    m,
    [topLeft, bottomRight, topRight],
    [
      [0, 0],
      [1, 1],
      [1, 0],
    ],
    outward,
  )
}

/** Adds an axis-aligned box between two corners; each face gets the whole texture. */
export function addBox(m: MeshData, min: Vec3, max: Vec3): void {
  const [x0, y0, z0] = min
  const [x1, y1, z1] = max
  const dx = x1 - x0
  const dy = y1 - y0
  const dz = z1 - z0
  addQuad(m, [x0, y1, z1], [dx, 0, 0], [0, -dy, 0]) // front (+z)
  addQuad(m, [x1, y1, z0], [-dx, 0, 0], [0, -dy, 0]) // back (-z)
  addQuad(m, [x1, y1, z1], [0, 0, -dz], [0, -dy, 0]) // right (+x)
  addQuad(m, [x0, y1, z0], [0, 0, dz], [0, -dy, 0]) // left (-x)
  addQuad(m, [x0, y1, z0], [dx, 0, 0], [0, 0, dz]) // top (+y)
  addQuad(m, [x0, y0, z1], [dx, 0, 0], [0, 0, -dz]) // bottom (-y)
}

/** A vertical prism (a cylinder at low segment counts) standing on the floor plane. */
export interface CylinderSpec {
  center: readonly [number, number]
  bottomY: number
  topY: number
  radiusBottom: number
  radiusTop: number
  /** A multiple of 4 puts vertices on the x and z axes, so the bounding box equals the radius. */
  segments: number
  caps: boolean
}

/** Adds a cylinder with smooth sides and flat caps. */
export function addCylinder(m: MeshData, spec: CylinderSpec): void {
  const { center, bottomY, topY, radiusBottom, radiusTop, segments, caps } = spec
  const ring = (radius: number, y: number, i: number): Vec3 => {
    const angle = (2 * Math.PI * i) / segments
    return [center[0] + radius * Math.cos(angle), y, center[1] + radius * Math.sin(angle)]
  }
  // The side normal tilts by the taper so lighting stays smooth on a cone.
  const slope = (radiusBottom - radiusTop) / (topY - bottomY)
  const sideNormal = (i: number): Vec3 => {
    const angle = (2 * Math.PI * i) / segments
    return normalize([Math.cos(angle), slope, Math.sin(angle)])
  }
  for (let i = 0; i < segments; i++) {
    const b0 = ring(radiusBottom, bottomY, i)
    const b1 = ring(radiusBottom, bottomY, i + 1)
    const t0 = ring(radiusTop, topY, i)
    const t1 = ring(radiusTop, topY, i + 1)
    const n0 = sideNormal(i)
    const n1 = sideNormal(i + 1)
    const u0 = i / segments
    const u1 = (i + 1) / segments
    const outward = normalize(add(n0, n1))
    addTriangle(
      m,
      [t0, b0, b1],
      [
        [u0, 0],
        [u0, 1],
        [u1, 1],
      ],
      outward,
      [n0, n0, n1],
    )
    addTriangle(
      m,
      [t0, b1, t1],
      [
        [u0, 0],
        [u1, 1],
        [u1, 0],
      ],
      outward,
      [n0, n1, n1],
    )
    if (caps) {
      const top: Vec3 = [center[0], topY, center[1]]
      const bottom: Vec3 = [center[0], bottomY, center[1]]
      const capUv = (p: Vec3, radius: number): Vec2 => [
        0.5 + (p[0] - center[0]) / (2 * radius),
        0.5 + (p[2] - center[1]) / (2 * radius),
      ]
      addTriangle(m, [top, t0, t1], [[0.5, 0.5], capUv(t0, radiusTop), capUv(t1, radiusTop)], [0, 1, 0])
      addTriangle(
        m,
        [bottom, b0, b1],
        [[0.5, 0.5], capUv(b0, radiusBottom), capUv(b1, radiusBottom)],
        [0, -1, 0],
      )
    }
  }
}

/** A deterministic value in [0, 1) from a position, so a shared vertex moves the same way in every face. */
function hash01(p: Vec3): number {
  const s = Math.sin(p[0] * 127.1 + p[1] * 311.7 + p[2] * 74.7) * 43758.5453
  return s - Math.floor(s)
}

/**
 * Adds a flat-shaded, slightly lumpy ellipsoid made from a subdivided octahedron. The six axis vertices
 * stay on the radii, so the bounding box is exactly center ± radii; the rest sink inward by up to `lumpiness`.
 */
export function addBlob(
  m: MeshData,
  center: Vec3,
  radii: Vec3,
  subdivisions: number,
  lumpiness: number,
): void {
  const axes: Vec3[] = [
    [1, 0, 0],
    [-1, 0, 0],
    [0, 1, 0],
    [0, -1, 0],
    [0, 0, 1],
    [0, 0, -1],
  ]
  let faces: [Vec3, Vec3, Vec3][] = []
  for (const sx of [axes[0]!, axes[1]!]) {
    for (const sy of [axes[2]!, axes[3]!]) {
      for (const sz of [axes[4]!, axes[5]!]) faces.push([sx, sy, sz])
    }
  }
  for (let level = 0; level < subdivisions; level++) {
    faces = faces.flatMap(([a, b, c]) => {
      const ab = normalize(scale(add(a, b), 0.5))
      const bc = normalize(scale(add(b, c), 0.5))
      const ca = normalize(scale(add(c, a), 0.5))
      return [
        [a, ab, ca],
        [ab, b, bc],
        [ca, bc, c],
        [ab, bc, ca],
      ] as [Vec3, Vec3, Vec3][]
    })
  }
  const isAxis = (d: Vec3) => Math.abs(Math.abs(d[0]) + Math.abs(d[1]) + Math.abs(d[2]) - 1) < 1e-9
  const place = (d: Vec3): Vec3 => {
    const shrink = isAxis(d) ? 1 : 1 - lumpiness * hash01(d)
    return [
      center[0] + d[0] * radii[0] * shrink,
      center[1] + d[1] * radii[1] * shrink,
      center[2] + d[2] * radii[2] * shrink,
    ]
  }
  const uv = (d: Vec3): Vec2 => [
    0.5 + Math.atan2(d[2], d[0]) / (2 * Math.PI),
    0.5 - Math.asin(d[1]) / Math.PI,
  ]
  for (const [a, b, c] of faces) {
    const outward = normalize(add(add(a, b), c))
    addTriangle(m, [place(a), place(b), place(c)], [uv(a), uv(b), uv(c)], outward)
  }
}
