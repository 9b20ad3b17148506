import { describe, expect, it } from 'vitest'
import {
  BoxGeometry,
  Group,
  InstancedMesh,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  Scene,
} from 'three'
import { COUNTER_GROUP } from './instance-ids'
import { placementMatrix } from './placement'
import { counterAimPoint, firstHitIsCounter, projectToRect } from './screen-point'

const counters = [
  { id: 'a', position: [0, -5] as [number, number], yaw: 0 },
  { id: 'b', position: [4, -5] as [number, number], yaw: 0 },
]

function scene() {
  const s = new Scene()
  const group = new Group()
  group.name = COUNTER_GROUP
  const mesh = new InstancedMesh(
    new BoxGeometry(2.4, 1.1, 1).translate(0, 0.55, 0),
    new MeshBasicMaterial(),
    2,
  )
  counters.forEach((c, i) => mesh.setMatrixAt(i, placementMatrix(c.position, c.yaw, 0, new Matrix4())))
  mesh.userData.instanceIds = counters.map((c) => c.id)
  mesh.computeBoundingSphere()
  group.add(mesh)
  s.add(group)
  s.updateMatrixWorld(true)
  return s
}

function camera(x: number, z: number, yaw = 0) {
  const cam = new PerspectiveCamera(70, 16 / 9, 0.1, 100)
  cam.position.set(x, 1.6, z)
  cam.rotation.y = yaw
  cam.updateMatrixWorld(true)
  return cam
}

const rect = { left: 10, top: 20, width: 1600, height: 900 }

describe('screen point of a counter', () => {
  it('aims just in front of the front face at desk height', () => {
    const p = counterAimPoint({ position: [0, -5], yaw: 0 })
    expect(p.z).toBeGreaterThan(-4.5)
    expect(p.z).toBeLessThan(-4.4)
    expect(p.y).toBeCloseTo(0.8)
  })

  it('projects a point straight ahead to the centre column of the rect, below the horizon', () => {
    const s = projectToRect(counterAimPoint(counters[0]!), camera(0, 2), rect)!
    expect(s.x).toBeCloseTo(10 + 800)
    expect(s.y).toBeGreaterThan(20 + 450)
    expect(s.y).toBeLessThan(20 + 900)
  })

  it('returns null behind the camera or outside the view', () => {
    expect(projectToRect(counterAimPoint(counters[0]!), camera(0, 2, Math.PI), rect)).toBeNull()
    expect(projectToRect(counterAimPoint(counters[1]!), camera(-3, -3.5), rect)).toBeNull()
  })

  it('sees the counter itself, but not one hidden behind a wall or another counter', () => {
    const s = scene()
    expect(firstHitIsCounter(counterAimPoint(counters[0]!), camera(0, 2), s, 'a')).toBe(true)
    const wall = new Mesh(new BoxGeometry(10, 4, 0.2).translate(0, 2, 0), new MeshBasicMaterial())
    s.add(wall)
    s.updateMatrixWorld(true)
    expect(firstHitIsCounter(counterAimPoint(counters[0]!), camera(0, 2), s, 'a')).toBe(false)
    // Camera between the wall and the counters sees both.
    expect(firstHitIsCounter(counterAimPoint(counters[1]!), camera(4, -1), s, 'b')).toBe(true)
    // Asking for the wrong id at a's point fails.
    expect(firstHitIsCounter(counterAimPoint(counters[0]!), camera(0, -1), s, 'b')).toBe(false)
  })
})
