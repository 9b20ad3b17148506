// `npm run fonts:msdf` (node scripts/build-msdf-font.mjs): builds the MSDF atlases that @react-three/uikit
// draws the in-VR panels with, for exactly the characters OneHall shows: public/fonts/onehall-sans.chars.txt,
// every string in scenes/ and the translations, and the headset strings in src/client/xr/xr-text.ts.
//
// How (see the shared notes, cjk-text.md): Debian's fontTools cuts Noto Sans CJK SC (face 2 of the .ttc)
// down to those characters as an OTF; uikit's own MSDF generator (@zappar/msdf-generator, wasm, bundled
// in @pmndrs/uikit) runs in headless Chromium and returns a BMFont JSON plus one PNG page. Noto's tall
// hhea ascent puts uikit's glyphs about 0.29 em too high, so every glyph's yoffset is shifted by
// (hhea.ascent - OS/2.sTypoAscender) / unitsPerEm * size.
//
// A second, "typed text" atlas (onehall-typed-regular, regular weight only) adds GB 2312 levels 1 and 2
// (src/shared/text/typed-charset.ts) at a smaller glyph size, for what citizens type into VR forms; only
// the form's text boxes use it, so the headset fetches it when a form with a text box opens.
//
// The generator's PNG is RGBA from a canvas; uikit reads only RGB, so scripts/png-rgb.mjs re-encodes it as
// RGB (lossless for the colour channels, about a quarter smaller).
//
// Output: public/fonts/msdf/onehall-sans-{regular,bold}.json + .png and onehall-typed-regular.json + .png.
// `node scripts/build-msdf-font.mjs onehall-typed-regular` rebuilds only the named atlases.
// Needs /usr/bin/python3 with fontTools and a Chromium (ONEHALL_CHROMIUM or the system one, as for the
// end-to-end tests).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { tsImport } from 'tsx/esm/api'
import { findChromium } from './find-chromium.mjs'
import { pngWithoutAlpha } from './png-rgb.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'public', 'fonts', 'msdf')
const NOTO = '/usr/share/fonts/opentype/noto'
const FACE_SIMPLIFIED_CHINESE = 2
// Glyph size in the atlas (px per em) and the distance range: 32 keeps ~1k CJK glyphs in one 2048x1024 page.
const FONT_SIZE = 32
// Typed text: about 7,200 glyphs. Fewer pixels per glyph keep the page and its PNG small enough for a
// headset; the form's text boxes draw at 22-30 px (elder mode), so the glyphs are drawn about 1:1.
const TYPED_FONT_SIZE = Number(process.env.ONEHALL_TYPED_FONT_SIZE ?? 24)
/** The atlases: name, source weight, which characters, glyph size. */
const ATLASES = [
  {
    name: 'onehall-sans-regular',
    ttc: 'NotoSansCJK-Regular.ttc',
    typed: false,
    size: FONT_SIZE,
    page: [2048, 1024],
  },
  {
    name: 'onehall-sans-bold',
    ttc: 'NotoSansCJK-Bold.ttc',
    typed: false,
    size: FONT_SIZE,
    page: [2048, 1024],
  },
  // The generator does not grow the page: glyphs that do not fit land outside it (checked below).
  {
    name: 'onehall-typed-regular',
    ttc: 'NotoSansCJK-Regular.ttc',
    typed: true,
    size: TYPED_FONT_SIZE,
    page: [2048, 3264],
  },
]
const FIELD_RANGE = 4
const PADDING = 2

/** Every string inside a JSON value (keys left out). */
function jsonStrings(value, out = []) {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((item) => jsonStrings(item, out))
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => jsonStrings(item, out))
  return out
}

/**
 * Every character the panels may draw: the hall font's list, every string in scenes/ and in the
 * translations (in case they changed since the hall font was built), and the headset strings.
 */
async function wantedCharacters() {
  const base = readFileSync(path.join(root, 'public', 'fonts', 'onehall-sans.chars.txt'), 'utf8')
  const scenes = path.join(root, 'scenes')
  const sceneText = readdirSync(scenes, { recursive: true })
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => jsonStrings(JSON.parse(readFileSync(path.join(scenes, name), 'utf8'))))
  const { resources } = await tsImport('../src/shared/i18n/resources.ts', import.meta.url)
  const { xrText } = await tsImport('../src/client/xr/xr-text.ts', import.meta.url)
  const text = [base, ...sceneText, ...jsonStrings(resources), ...jsonStrings(xrText)].join('')
  const chars = new Set([...text.replace(/[\s\p{Cc}\p{Cf}]/gu, ''), ' '])
  return [...chars].sort((a, b) => a.codePointAt(0) - b.codePointAt(0)).join('')
}

const PY = `
import sys, json
from fontTools import subset
from fontTools.ttLib import TTFont
src, face, textfile, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
opts = subset.Options()
opts.font_number = face
opts.layout_features = ['*']
opts.name_IDs = ['*']
font = subset.load_font(src, opts)
sub = subset.Subsetter(opts)
sub.populate(text=open(textfile, encoding='utf-8').read())
sub.subset(font)
subset.save_font(font, dst, opts)
f = TTFont(dst)
cmap = f.getBestCmap()
print(json.dumps({'unitsPerEm': f['head'].unitsPerEm, 'hheaAscent': f['hhea'].ascent,
  'typoAscender': f['OS/2'].sTypoAscender, 'mapped': [chr(c) for c in cmap]}))
`

function subsetFont(ttc, chars, dir, name) {
  const textFile = path.join(dir, 'chars.txt')
  writeFileSync(textFile, chars)
  const dst = path.join(dir, `${name}.otf`)
  const meta = JSON.parse(
    execFileSync(
      '/usr/bin/python3',
      ['-c', PY, path.join(NOTO, ttc), String(FACE_SIMPLIFIED_CHINESE), textFile, dst],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    ),
  )
  const missing = [...chars].filter((c) => c !== ' ' && !meta.mapped.includes(c))
  if (missing.length > 0) throw new Error(`${ttc} has no glyph for: ${missing.join('')}`)
  return { file: dst, meta }
}

const PAGE = `<!doctype html><script type="importmap">{"imports":{
  "comlink":"/nm/comlink/dist/esm/comlink.mjs",
  "@zappar/msdf-generator":"/nm/@zappar/msdf-generator/dist/index.js",
  "msdf-worker":"/nm/@pmndrs/uikit/dist/loaders/msdf-worker.js"}}</script>
<script type="module">
  import { MSDF } from '@zappar/msdf-generator'
  import { workerSource, wasmUrl } from 'msdf-worker'
  window.generate = async (fontBase64, options) => {
    const font = Uint8Array.from(atob(fontBase64), (c) => c.charCodeAt(0))
    const workerUrl = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }))
    const generator = new MSDF({ workerUrl, wasmUrl })
    await generator.initialize()
    try {
      const family = await generator.generate({ font, ...options })
      return Object.values(Object.values(family)[0])[0]
    } finally {
      await generator.dispose()
    }
  }
  window.pageReady = true
</script>`

/** The typed-text atlas's characters: the static ones plus the typed set, in code point order. */
async function typedCharacters(staticChars) {
  const { typedCharacters } = await tsImport('../src/shared/text/typed-charset.ts', import.meta.url)
  const chars = new Set([...staticChars, ...typedCharacters()])
  return [...chars].sort((a, b) => a.codePointAt(0) - b.codePointAt(0)).join('')
}

async function main() {
  const only = process.argv.slice(2)
  const atlases = ATLASES.filter((atlas) => only.length === 0 || only.includes(atlas.name))
  if (atlases.length === 0) throw new Error(`no atlas named ${only.join(', ')}`)
  const staticChars = await wantedCharacters()
  const typedChars = await typedCharacters(staticChars)
  console.log(`build-msdf-font: ${[...staticChars].length} characters, typed ${[...typedChars].length}`)
  const work = mkdtempSync(path.join(tmpdir(), 'onehall-msdf-'))
  const browser = await chromium.launch({
    executablePath: findChromium({ log: () => {} }),
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage()
    await page.route('http://localhost/**', async (route) => {
      const url = new URL(route.request().url())
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: PAGE })
      if (url.pathname.startsWith('/nm/')) {
        const file = path.join(root, 'node_modules', decodeURIComponent(url.pathname.slice(4)))
        return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) })
      }
      return route.fulfill({ status: 404, body: '' })
    })
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
    await page.goto('http://localhost/')
    await page.waitForFunction(() => globalThis.pageReady === true)
    mkdirSync(out, { recursive: true })
    for (const weight of atlases) {
      const started = Date.now()
      const chars = weight.typed ? typedChars : staticChars
      const { file, meta } = subsetFont(weight.ttc, chars, work, weight.name)
      const options = {
        charset: chars,
        fontSize: weight.size,
        textureSize: weight.page,
        fieldRange: FIELD_RANGE,
        padding: PADDING,
        fixOverlaps: true,
      }
      const font = await page.evaluate(
        ([data, opts]) => globalThis.generate(data, opts),
        [readFileSync(file).toString('base64'), options],
      )
      const outside = font.chars.filter(
        (c) => c.x + c.width > font.common.scaleW || c.y + c.height > font.common.scaleH,
      )
      if (outside.length > 0) {
        throw new Error(
          `${weight.name}: ${outside.length} glyphs do not fit the ${weight.page.join('x')} page`,
        )
      }
      const [, png] = font.pages[0].split(',')
      const pngFile = path.join(out, `${weight.name}.png`)
      writeFileSync(pngFile, pngWithoutAlpha(Buffer.from(png, 'base64')))
      const shift = ((meta.hheaAscent - meta.typoAscender) / meta.unitsPerEm) * font.info.size
      font.pages = [`${weight.name}.png`]
      font.chars = font.chars
        .map((c) => ({ ...c, yoffset: Math.round((c.yoffset + shift) * 100) / 100 }))
        .sort((a, b) => a.id - b.id)
      writeFileSync(path.join(out, `${weight.name}.json`), JSON.stringify(font))
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      console.log(
        `build-msdf-font: ${weight.name}: ${font.chars.length} glyphs, ${font.common.scaleW}x${font.common.scaleH}, PNG ${(statSync(pngFile).size / 1024).toFixed(0)} KiB, yoffset +${shift.toFixed(2)}, ${seconds} s`,
      )
    }
  } finally {
    await browser.close()
    rmSync(work, { recursive: true, force: true })
  }
}

await main()
