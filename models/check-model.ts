import type { Document, Node } from '@gltf-transform/core'
import { getBounds } from '@gltf-transform/functions'
import { FURNITURE_FOOTPRINTS, type FurnitureKind } from '../src/shared/scene/footprints'
import { MODEL_PARTS, MODEL_TRIANGLE_BUDGET } from './model-parts'

/** How far (metres) a model's bounding box may differ from its footprint: quantization costs well under 1 mm. */
export const FOOTPRINT_TOLERANCE = 0.01

/** What `checkModel` measured, for logs. */
export interface ModelStats {
  triangles: number
  materials: number
  min: [number, number, number]
  max: [number, number, number]
}

const TRIANGLES = 4
const FLOAT = 5126

function triangleCount(node: Node): number {
  let count = 0
  for (const primitive of node.getMesh()?.listPrimitives() ?? []) {
    if (primitive.getMode() !== TRIANGLES) continue
    const indices = primitive.getIndices()
    count += (indices ? indices.getCount() : (primitive.getAttribute('POSITION')?.getCount() ?? 0)) / 3
  }
  return count + node.listChildren().reduce((sum, child) => sum + triangleCount(child), 0)
}

/**
 * Checks a model against the contract the renderer and collision rely on: one root node named after the
 * kind, every named part present (node and mesh, one primitive with a material), a bounding box equal to
 * the footprint (origin at the floor centre), and a triangle count within budget. Returns the problems
 * found (empty when the model is fine) and what was measured.
 */
export function checkModel(doc: Document, kind: FurnitureKind): { problems: string[]; stats: ModelStats } {
  const problems: string[] = []
  const scene = doc.getRoot().getDefaultScene() ?? doc.getRoot().listScenes()[0]
  if (!scene) {
    return {
      problems: ['has no scene'],
      stats: { triangles: 0, materials: 0, min: [0, 0, 0], max: [0, 0, 0] },
    }
  }
  const top = scene.listChildren()
  const root = top.length === 1 ? top[0] : undefined
  if (!root || root.getName() !== kind) {
    problems.push(
      `the scene must hold exactly one root node named "${kind}" (found: ${top.map((n) => `"${n.getName()}"`).join(', ')})`,
    )
  }

  const nodes = doc.getRoot().listNodes()
  for (const part of MODEL_PARTS[kind]) {
    const node = nodes.find((n) => n.getName() === part)
    const mesh =
      node?.getMesh() ??
      node
        ?.listChildren()
        .find((c) => c.getMesh())
        ?.getMesh()
    if (!node) problems.push(`missing part node "${part}"`)
    else if (!mesh) problems.push(`part node "${part}" has no mesh`)
    else {
      if (mesh.getName() !== part)
        problems.push(`part "${part}" holds a mesh named "${mesh.getName()}", expected "${part}"`)
      const primitives = mesh.listPrimitives()
      if (primitives.length !== 1)
        problems.push(`part "${part}" must have 1 primitive (one material), has ${primitives.length}`)
      if (primitives.some((p) => !p.getMaterial()))
        problems.push(`part "${part}" has a primitive without a material`)
      // The renderer bakes node transforms into geometry; integer positions would overflow (build-model.ts).
      if (primitives.some((p) => p.getAttribute('POSITION')?.getComponentType() !== FLOAT)) {
        problems.push(
          `part "${part}" must store POSITION as float32 (quantized positions break baked transforms)`,
        )
      }
    }
  }

  const bounds = getBounds(scene)
  const footprint = FURNITURE_FOOTPRINTS[kind]
  const expectedMin = [-footprint.width / 2, 0, -footprint.depth / 2]
  const expectedMax = [footprint.width / 2, footprint.height, footprint.depth / 2]
  const axes = ['x', 'y', 'z']
  for (let i = 0; i < 3; i++) {
    const [gotMin, gotMax, wantMin, wantMax] = [
      bounds.min[i]!,
      bounds.max[i]!,
      expectedMin[i]!,
      expectedMax[i]!,
    ]
    if (
      Math.abs(gotMin - wantMin) > FOOTPRINT_TOLERANCE ||
      Math.abs(gotMax - wantMax) > FOOTPRINT_TOLERANCE
    ) {
      problems.push(
        `bounding box on ${axes[i]} is ${gotMin.toFixed(3)}..${gotMax.toFixed(3)} m, the footprint needs ${wantMin.toFixed(3)}..${wantMax.toFixed(3)} m`,
      )
    }
  }

  const triangles = scene.listChildren().reduce((sum, node) => sum + triangleCount(node), 0)
  const budget = MODEL_TRIANGLE_BUDGET[kind]
  if (triangles > budget) problems.push(`has ${triangles} triangles, the budget is ${budget}`)
  const materials = doc.getRoot().listMaterials().length
  if (materials > MODEL_PARTS[kind].length) {
    problems.push(
      `has ${materials} materials for ${MODEL_PARTS[kind].length} parts: merge parts that share a material`,
    )
  }

  return {
    problems,
    stats: {
      triangles,
      materials,
      min: [bounds.min[0], bounds.min[1], bounds.min[2]],
      max: [bounds.max[0], bounds.max[1], bounds.max[2]],
    },
  }
}
