import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Document } from '@gltf-transform/core'
import { beforeAll, describe, expect, it } from 'vitest'
import { FURNITURE_FOOTPRINTS } from '../src/shared/scene/footprints'
import { buildModelDocument, createModelIO } from './build-model'
import { checkModel } from './check-model'
import { MODEL_KINDS, MODEL_PARTS, MODEL_TRIANGLE_BUDGET } from './model-parts'

const modelsDir = fileURLToPath(new URL('../public/models/', import.meta.url))
let io: Awaited<ReturnType<typeof createModelIO>>

beforeAll(async () => {
  io = await createModelIO()
})

describe.each(MODEL_KINDS)('public/models/%s.glb', (kind) => {
  const file = `${modelsDir}${kind}.glb`
  let doc: Document

  beforeAll(async () => {
    expect(existsSync(file), `${file} is missing: run npm run models`).toBe(true)
    doc = await io.read(file)
  })

  it('has the named parts, the footprint and a triangle count within budget', () => {
    const { problems, stats } = checkModel(doc, kind)
    expect(problems).toEqual([])
    expect(stats.triangles).toBeGreaterThan(0)
    expect(stats.triangles).toBeLessThanOrEqual(MODEL_TRIANGLE_BUDGET[kind])
    const footprint = FURNITURE_FOOTPRINTS[kind]
    expect(stats.max[0] - stats.min[0]).toBeCloseTo(footprint.width, 2)
    expect(stats.max[1] - stats.min[1]).toBeCloseTo(footprint.height, 2)
    expect(stats.max[2] - stats.min[2]).toBeCloseTo(footprint.depth, 2)
  })

  it('is meshopt-compressed, with the quantization extension its int8 normals need', () => {
    const used = doc
      .getRoot()
      .listExtensionsUsed()
      .map((e) => e.extensionName)
    expect(used).toContain('EXT_meshopt_compression')
    expect(used).toContain('KHR_mesh_quantization')
  })

  it('names a mesh for every part node, each with one primitive', () => {
    const meshNames = doc
      .getRoot()
      .listMeshes()
      .map((m) => m.getName())
    expect([...meshNames].sort()).toEqual([...MODEL_PARTS[kind]].sort())
  })
})

describe('the queue board face', () => {
  it('is a quad facing +z whose UVs cover it once, top-left at (0, 0)', async () => {
    const doc = await io.read(`${modelsDir}queue-board.glb`)
    const node = doc
      .getRoot()
      .listNodes()
      .find((n) => n.getName() === 'face')!
    const primitive = node.getMesh()!.listPrimitives()[0]!
    const normal = primitive.getAttribute('NORMAL')!
    const uv = primitive.getAttribute('TEXCOORD_0')!
    const position = primitive.getAttribute('POSITION')!
    const world = (i: number) => {
      const p = position.getElement(i, [0, 0, 0])
      return [p[0]!, p[1]!] as const
    }
    let topLeft: readonly [number, number] | undefined
    for (let i = 0; i < normal.getCount(); i++) {
      expect(normal.getElement(i, [0, 0, 0])[2]).toBeGreaterThan(0.99)
      const [u, v] = uv.getElement(i, [0, 0])
      expect(u! * (1 - u!)).toBeCloseTo(0, 3)
      expect(v! * (1 - v!)).toBeCloseTo(0, 3)
      if (u! < 0.5 && v! < 0.5) topLeft = world(i)
    }
    expect(topLeft).toBeDefined()
    expect(topLeft![0]).toBeLessThan(0)
    expect(topLeft![1]).toBeGreaterThan(FURNITURE_FOOTPRINTS['queue-board'].height / 2)
  })
})

describe('checkModel', () => {
  it('reports a model that is too big, a missing part and a wrong root', () => {
    const doc = buildModelDocument('counter')
    const root = doc.getRoot().listScenes()[0]!.listChildren()[0]!
    root.setName('desk').setScale([1.1, 1, 1])
    doc
      .getRoot()
      .listNodes()
      .find((n) => n.getName() === 'front-panel')!
      .setName('panel')
    const { problems } = checkModel(doc, 'counter')
    expect(problems.join('\n')).toMatch(/root node named "counter"/)
    expect(problems.join('\n')).toMatch(/missing part node "front-panel"/)
    expect(problems.join('\n')).toMatch(/bounding box on x is -1\.320\.\.1\.320 m/)
  })

  it('accepts the generated model before compression too', () => {
    expect(checkModel(buildModelDocument('plant'), 'plant').problems).toEqual([])
  })
})

describe('triangle budgets', () => {
  it('keep a default hall (15 counters, 40 other items) under 100k model triangles', () => {
    const { counter, ...others } = MODEL_TRIANGLE_BUDGET
    const worstOther = Math.max(...Object.values(others))
    expect(15 * counter + 40 * worstOther).toBeLessThan(100_000)
  })
})
