import {
  Box3,
  BoxGeometry,
  BufferGeometry,
  Float32BufferAttribute,
  Mesh,
  MeshLambertMaterial,
  MeshStandardMaterial,
  type Material,
  type Object3D,
} from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { FurnitureKind } from '../../shared/scene'
import { FURNITURE_FOOTPRINTS } from '../../shared/scene'

/**
 * One drawable part of a model: a geometry in model space (node transforms baked in) and its material.
 * Each part becomes one InstancedMesh, so a model costs one draw call per part, however many are placed.
 */
export type ModelPart = {
  name: string
  /** Names of the model's meshes merged into this part, like "front-panel" (see models/README.md). */
  meshes: string[]
  geometry: BufferGeometry
  material: Material
  /** Takes a per-instance colour (a counter's department colour on its front panel). */
  tinted: boolean
}

/** The part coloured per instance: models/README.md names it `front-panel`, with a white `tint` material. */
const TINT_NAME = /^(front-panel|tint)$/i

/**
 * A copy of a geometry with every attribute as plain floats. glTF files use KHR_mesh_quantization
 * (normalized integers plus a node scale); baking a node matrix into those would clamp positions to
 * [-1, 1] and geometries of different quantization could not be merged.
 */
export function dequantized(source: BufferGeometry): BufferGeometry {
  const geometry = new BufferGeometry()
  for (const [name, attribute] of Object.entries(source.attributes)) {
    const { count, itemSize } = attribute
    const array = new Float32Array(count * itemSize)
    for (let i = 0; i < count; i++)
      for (let k = 0; k < itemSize; k++) array[i * itemSize + k] = attribute.getComponent(i, k)
    geometry.setAttribute(name, new Float32BufferAttribute(array, itemSize))
  }
  const index = source.getIndex()
  if (index) geometry.setIndex(Array.from(index.array as ArrayLike<number>))
  return geometry
}
/**
 * The same surface as a Lambert material: colour, texture, emissive and transparency kept, PBR terms
 * dropped. The hall uses flat lighting and often runs on software GL, where the PBR shader costs far
 * more per pixel and takes far longer to compile. Other materials are returned unchanged.
 */
export function flatMaterial(material: Material): Material {
  if (!(material instanceof MeshStandardMaterial)) return material
  const flat = new MeshLambertMaterial({
    name: material.name,
    color: material.color,
    map: material.map,
    emissive: material.emissive,
    emissiveMap: material.emissiveMap,
    emissiveIntensity: material.emissiveIntensity,
    transparent: material.transparent,
    opacity: material.opacity,
    alphaTest: material.alphaTest,
    side: material.side,
    vertexColors: material.vertexColors,
  })
  material.dispose()
  return flat
}

/**
 * Turns a loaded model into parts: meshes that share a material are merged into one geometry (so an
 * artist's many-node model still draws in as many calls as it has materials), with node transforms baked
 * and materials made flat (see {@link flatMaterial}).
 */
export function extractModelParts(root: Object3D): ModelPart[] {
  root.updateMatrixWorld(true)
  const byMaterial = new Map<Material, { names: string[]; geometries: BufferGeometry[] }>()
  root.traverse((object) => {
    if (!(object instanceof Mesh) || Array.isArray(object.material)) return
    const material = object.material as Material
    const entry = byMaterial.get(material) ?? { names: [], geometries: [] }
    entry.names.push(object.name)
    entry.geometries.push(dequantized(object.geometry as BufferGeometry).applyMatrix4(object.matrixWorld))
    byMaterial.set(material, entry)
  })

  const parts: ModelPart[] = []
  for (const [material, { names, geometries }] of byMaterial) {
    const merged = geometries.length === 1 ? geometries[0] : mergeGeometries(geometries, false)
    const name = `${material.name || names[0] || 'part'}`
    const tinted = TINT_NAME.test(material.name) || names.some((n) => TINT_NAME.test(n))
    if (merged) {
      parts.push({ name, meshes: names, geometry: merged, material: flatMaterial(material), tinted })
      if (merged !== geometries[0]) geometries.forEach((g) => g.dispose())
    } else {
      // Attributes differ between the meshes: keep them apart rather than drop any.
      const flat = flatMaterial(material)
      geometries.forEach((geometry, i) =>
        parts.push({ name: `${name}-${i}`, meshes: [names[i] ?? name], geometry, material: flat, tinted }),
      )
    }
  }
  return parts
}

/**
 * Stand-in when a model file cannot be loaded: a box of the kind's footprint, so the hall stays usable
 * and walkable. The load error is still logged.
 */
export function footprintBoxPart(kind: FurnitureKind): ModelPart {
  const { width, depth, height } = FURNITURE_FOOTPRINTS[kind]
  const geometry = new BoxGeometry(width, height, depth).translate(0, height / 2, 0)
  return {
    name: `${kind}-footprint`,
    meshes: [],
    geometry,
    material: new MeshLambertMaterial({ color: '#b8bec6' }),
    tinted: kind === 'counter',
  }
}

/**
 * A thin band across a counter's front face, coloured per instance, used when the counter model has no
 * part named for tinting: every counter still shows its department colour.
 */
export function counterBandPart(): ModelPart {
  const { width, depth } = FURNITURE_FOOTPRINTS.counter
  const geometry = new BoxGeometry(width * 0.96, 0.16, 0.02).translate(0, 0.88, depth / 2 + 0.012)
  return {
    name: 'counter-band',
    meshes: [],
    geometry,
    material: new MeshLambertMaterial({ color: '#ffffff' }),
    tinted: true,
  }
}

/** A flat rectangle on a model facing +z, in model space: the queue board's `face`. */
export type FaceRect = { width: number; height: number; centre: [number, number, number] }

/** The bounds of the part holding the mesh `meshName` as a rectangle facing +z, or null if absent. */
export function faceRectOf(parts: readonly ModelPart[], meshName: string): FaceRect | null {
  const part = parts.find((p) => p.meshes.includes(meshName))
  if (!part) return null
  const box = new Box3().setFromBufferAttribute(
    part.geometry.getAttribute('position') as Float32BufferAttribute,
  )
  return {
    width: box.max.x - box.min.x,
    height: box.max.y - box.min.y,
    centre: [(box.min.x + box.max.x) / 2, (box.min.y + box.max.y) / 2, box.max.z],
  }
}
