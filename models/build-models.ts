/**
 * `npm run models`: builds every model into `public/models/<kind>.glb`.
 * A kind with an artist's file in `models/source/<kind>.glb` uses that file; the others are generated from
 * `designs.ts`. Either way the result is optimized (meshopt) and checked against the renderer's contract
 * (names, footprint, triangle budget); a model that fails the check is not written and the script fails.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Document } from '@gltf-transform/core'
import { buildModelDocument, createModelIO, optimizeModel } from './build-model'
import { checkModel } from './check-model'
import { MODEL_KINDS } from './model-parts'

const sourceDir = fileURLToPath(new URL('./source/', import.meta.url))
const outDir = fileURLToPath(new URL('../public/models/', import.meta.url))

async function main(): Promise<void> {
  const io = await createModelIO()
  mkdirSync(outDir, { recursive: true })
  let failed = false
  for (const kind of MODEL_KINDS) {
    const sourceFile = `${sourceDir}${kind}.glb`
    const fromArtist = existsSync(sourceFile)
    const doc: Document = fromArtist ? await io.read(sourceFile) : buildModelDocument(kind)
    await optimizeModel(doc)
    const bytes = await io.writeBinary(doc)
    // Check what a client will actually load: the compressed bytes, decoded again.
    const { problems, stats } = checkModel(await io.readBinary(bytes), kind)
    const origin = fromArtist ? `models/source/${kind}.glb` : 'generated'
    if (problems.length > 0) {
      failed = true
      console.error(`✗ ${kind} (${origin}):\n  - ${problems.join('\n  - ')}`)
      continue
    }
    writeFileSync(`${outDir}${kind}.glb`, bytes)
    console.log(
      `✓ public/models/${kind}.glb  ${(bytes.byteLength / 1024).toFixed(1)} KiB, ${stats.triangles} triangles, ${stats.materials} materials (${origin})`,
    )
  }
  if (failed) {
    console.error('Some models break the contract in models/README.md; they were not written.')
    process.exit(1)
  }
}

await main()
