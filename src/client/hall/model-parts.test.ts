import { describe, expect, it } from 'vitest'
import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  Group,
  Mesh,
  MeshLambertMaterial,
  MeshStandardMaterial,
  PlaneGeometry,
} from 'three'
import { counterBandPart, extractModelParts, faceRectOf, footprintBoxPart } from './model-parts'

describe('extractModelParts', () => {
  it('merges meshes sharing a material, bakes node transforms and marks the tint part', () => {
    const body = new MeshStandardMaterial({ name: 'body', color: '#336699', metalness: 0.8 })
    const front = new MeshStandardMaterial({ name: 'tint' })
    const root = new Group()
    const a = new Mesh(new BoxGeometry(1, 1, 1), body)
    const b = new Mesh(new BoxGeometry(1, 1, 1), body)
    b.position.set(0, 2, 0)
    const nested = new Group()
    nested.position.set(5, 0, 0)
    nested.add(b)
    const f = new Mesh(new BoxGeometry(1, 1, 0.1), front)
    f.name = 'front-panel'
    root.add(a, nested, f)

    const parts = extractModelParts(root)
    expect(parts).toHaveLength(2)
    const bodyPart = parts.find((p) => p.material.name === 'body')!
    expect(bodyPart.material).toBeInstanceOf(MeshLambertMaterial)
    expect((bodyPart.material as MeshLambertMaterial).color.getHexString()).toBe('336699')
    expect(bodyPart.tinted).toBe(false)
    expect(bodyPart.geometry.getAttribute('position').count).toBe(48)
    bodyPart.geometry.computeBoundingBox()
    expect(bodyPart.geometry.boundingBox!.max.x).toBeCloseTo(5.5)
    expect(bodyPart.geometry.boundingBox!.max.y).toBeCloseTo(2.5)
    const frontPart = parts.find((p) => p.material.name === 'tint')!
    expect(frontPart.tinted).toBe(true)
    expect(frontPart.meshes).toEqual(['front-panel'])
  })

  it('dequantizes normalized integer positions before baking the node scale (KHR_mesh_quantization)', () => {
    const geometry = new BufferGeometry()
    // Two triangles' worth of int16-normalized positions spanning [-1, 1].
    const q = new Int16Array([-32767, 0, 0, 32767, 0, 0, 0, 32767, 0])
    geometry.setAttribute('position', new BufferAttribute(q, 3, true))
    const mesh = new Mesh(geometry, new MeshStandardMaterial())
    mesh.scale.set(1.6, 2, 1)
    mesh.position.set(0, 0.5, 0)
    const root = new Group()
    root.add(mesh)
    const [part] = extractModelParts(root)
    part!.geometry.computeBoundingBox()
    expect(part!.geometry.boundingBox!.max.x).toBeCloseTo(1.6, 3)
    expect(part!.geometry.boundingBox!.min.x).toBeCloseTo(-1.6, 3)
    expect(part!.geometry.boundingBox!.max.y).toBeCloseTo(2.5, 3)
  })

  it('finds a named face as a rectangle facing +z', () => {
    const root = new Group()
    const face = new Mesh(new PlaneGeometry(3, 1.5), new MeshStandardMaterial({ name: 'board-face' }))
    face.name = 'face'
    face.position.set(0, 2.2, 0.06)
    root.add(face, new Mesh(new BoxGeometry(1, 1, 1), new MeshStandardMaterial()))
    const rect = faceRectOf(extractModelParts(root), 'face')!
    expect(rect.width).toBeCloseTo(3)
    expect(rect.height).toBeCloseTo(1.5)
    expect(rect.centre[1]).toBeCloseTo(2.2)
    expect(rect.centre[2]).toBeCloseTo(0.06)
    expect(faceRectOf(extractModelParts(root), 'nope')).toBeNull()
  })
})

describe('stand-in parts', () => {
  it('builds a footprint box standing on the floor', () => {
    const part = footprintBoxPart('kiosk')
    part.geometry.computeBoundingBox()
    expect(part.geometry.boundingBox!.min.y).toBeCloseTo(0)
    expect(part.geometry.boundingBox!.max.y).toBeCloseTo(1.7)
    expect(part.geometry.boundingBox!.max.x).toBeCloseTo(0.4)
  })

  it('puts the counter band just in front of the counter face', () => {
    const part = counterBandPart()
    part.geometry.computeBoundingBox()
    expect(part.tinted).toBe(true)
    expect(part.geometry.boundingBox!.min.z).toBeGreaterThan(0.5)
  })
})
