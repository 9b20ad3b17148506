import { Document, Logger, NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS, EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { dedup, prune, quantize, reorder, weld } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'
import type { FurnitureKind } from '../src/shared/scene/footprints'
import { DESIGNS } from './designs'
import { createMeshData } from './geometry'
import { MATERIALS, linearColor, type MaterialName } from './materials'

// Transforms log every pruned accessor at INFO; only warnings matter here.
const quietLogger = new Logger(Logger.Verbosity.WARN)

/** A NodeIO that reads and writes meshopt-compressed, quantized glTF (what `public/models/` holds) and any other glTF an artist supplies. */
export async function createModelIO(): Promise<NodeIO> {
  await MeshoptEncoder.ready
  await MeshoptDecoder.ready
  return new NodeIO()
    .setLogger(quietLogger)
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder })
}

/**
 * Builds the procedural model of one kind as a glTF document: a root node named after the kind with one
 * child node and mesh per part (see MODEL_PARTS), origin at the floor centre, front toward +z.
 */
export function buildModelDocument(kind: FurnitureKind): Document {
  const doc = new Document().setLogger(quietLogger)
  doc.getRoot().getAsset().generator = 'OneHall models/build-models.ts'
  const buffer = doc.createBuffer()
  const scene = doc.createScene(kind)
  doc.getRoot().setDefaultScene(scene)
  const root = doc.createNode(kind)
  scene.addChild(root)

  const materials = new Map<MaterialName, ReturnType<Document['createMaterial']>>()
  const material = (name: MaterialName) => {
    let made = materials.get(name)
    if (!made) {
      const spec = MATERIALS[name]
      made = doc
        .createMaterial(name)
        .setBaseColorFactor(linearColor(spec.color))
        .setRoughnessFactor(spec.roughness)
        .setMetallicFactor(spec.metallic)
      materials.set(name, made)
    }
    return made
  }

  for (const part of DESIGNS[kind]) {
    const data = createMeshData()
    part.build(data)
    const attribute = (array: number[], type: 'VEC2' | 'VEC3') =>
      doc.createAccessor().setType(type).setArray(new Float32Array(array)).setBuffer(buffer)
    const primitive = doc
      .createPrimitive()
      .setAttribute('POSITION', attribute(data.positions, 'VEC3'))
      .setAttribute('NORMAL', attribute(data.normals, 'VEC3'))
      .setAttribute('TEXCOORD_0', attribute(data.uvs, 'VEC2'))
      .setMaterial(material(part.material))
    const mesh = doc.createMesh(part.name).addPrimitive(primitive)
    root.addChild(doc.createNode(part.name).setMesh(mesh))
  }
  return doc
}

/**
 * Shrinks a model for the web: merges duplicate data and vertices, quantizes UVs, and compresses it with
 * meshopt (EXT_meshopt_compression, normals octahedral-filtered; three.js decodes it with its bundled
 * MeshoptDecoder, no extra file). Positions stay float32 on purpose: quantized positions need a scale and
 * offset on each node, and renderers that bake node transforms into the geometry (to merge or instance
 * parts) would overflow the normalized integers. At a few hundred triangles a model, that costs ~1 KiB.
 */
export async function optimizeModel(doc: Document): Promise<void> {
  await MeshoptEncoder.ready
  doc.setLogger(quietLogger)
  await doc.transform(
    // UVs stay although no texture uses them yet: the renderer draws onto screens and board faces.
    prune({ keepAttributes: true }),
    dedup(),
    weld(),
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    // The same split as gltf-transform's meshopt() at level "high", minus POSITION (see above): what is
    // quantized here is stored as is; NORMAL is left to the encoder's octahedral filter.
    quantize({ pattern: /^(TEXCOORD|COLOR|JOINTS|WEIGHTS)(_\d+)?$/, patternTargets: /^$/ }),
  )
  // The encoder's octahedral filter stores normals as int8, which core glTF allows only with this extension.
  doc.createExtension(KHRMeshQuantization).setRequired(true)
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER })
}
