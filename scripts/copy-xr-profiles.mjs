// `node scripts/copy-xr-profiles.mjs`: copies the WebXR input profiles OneHall needs from the npm
// package @webxr-input-profiles/assets into public/xr/profiles/, so controllers and hands load from
// OneHall itself (no CDN at run time; see docs and the shared testing notes). It writes a
// profilesList.json that lists only the copied profiles, so an unknown controller falls back to
// generic-trigger instead of asking for a file we do not serve.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const source = path.join(root, 'node_modules', '@webxr-input-profiles', 'assets', 'dist', 'profiles')
const target = path.join(root, 'public', 'xr', 'profiles')

/** Profile folders and the files kept from each (handed controllers only: no `none.glb`). */
const PROFILES = {
  'meta-quest-touch-plus': ['profile.json', 'left.glb', 'right.glb'],
  'oculus-touch-v3': ['profile.json', 'left.glb', 'right.glb'],
  'generic-trigger': ['profile.json', 'left.glb', 'right.glb'],
  'generic-hand': ['profile.json', 'left.glb', 'right.glb'],
}

if (!existsSync(source)) {
  console.error(`Missing ${source}: run npm ci first.`)
  process.exit(1)
}
rmSync(target, { recursive: true, force: true })
const list = JSON.parse(readFileSync(path.join(source, 'profilesList.json'), 'utf8'))
const kept = {}
for (const [id, files] of Object.entries(PROFILES)) {
  if (!list[id]) throw new Error(`profilesList.json has no ${id}`)
  kept[id] = list[id]
  mkdirSync(path.join(target, id), { recursive: true })
  for (const file of files) copyFileSync(path.join(source, id, file), path.join(target, id, file))
}
writeFileSync(path.join(target, 'profilesList.json'), `${JSON.stringify(kept, null, 2)}\n`)
const version = JSON.parse(
  readFileSync(path.join(root, 'node_modules', '@webxr-input-profiles', 'assets', 'package.json'), 'utf8'),
).version
writeFileSync(
  path.join(target, 'README.md'),
  `# WebXR input profiles\n\nCopied from the npm package \`@webxr-input-profiles/assets\` ${version} (MIT licence) by\n\`node scripts/copy-xr-profiles.mjs\`. Generated: do not edit by hand.\n`,
)
console.log(`copy-xr-profiles: ${Object.keys(kept).join(', ')} -> ${path.relative(root, target)}`)
