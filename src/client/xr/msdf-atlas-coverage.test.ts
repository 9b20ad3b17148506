import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { xrText } from './xr-text'
import { XR_FONT_FAMILIES } from './xr-theme'

/**
 * The VR panels draw text with uikit from MSDF atlases (public/fonts/msdf, scripts/build-msdf-font.mjs).
 * uikit has no per-glyph fallback: a character missing from the atlas draws as a box. Every character of
 * the hall's text (scenes, translations, headset strings) must be in every atlas the panels use.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url))
const REBUILD = 'Run `node scripts/build-msdf-font.mjs` (after `npm run fonts` if the hall font changed).'
const NOT_DRAWN = /[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((item) => jsonStrings(item, out))
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => jsonStrings(item, out))
  return out
}

function sceneText(): string {
  const dir = `${root}scenes/`
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => jsonStrings(JSON.parse(readFileSync(`${dir}${name}`, 'utf8'))))
    .join('')
}

type Atlas = { pages: string[]; chars: { id: number }[]; common: { scaleW: number; scaleH: number } }

// Every family: the typed-text one (the form's boxes) draws their placeholders, which are hall text too.
const atlases = Object.values(XR_FONT_FAMILIES)
  .flatMap((family) => Object.values(family))
  .map((url) => {
    const file = `${root}public${url}`
    return { url, file, atlas: existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Atlas) : null }
  })

describe('VR panel font atlases', () => {
  const wanted = new Set(
    [
      ...readFileSync(`${root}public/fonts/onehall-sans.chars.txt`, 'utf8'),
      ...sceneText(),
      ...Object.values(xrText)
        .flatMap((table) => Object.values(table))
        .join(''),
    ].filter((c) => !NOT_DRAWN.test(c)),
  )

  it('covers a real amount of text (the hall has Chinese and English)', () => {
    expect(wanted.size).toBeGreaterThan(500)
    expect(wanted.has('窗')).toBe(true)
  })

  for (const { url, file, atlas } of atlases) {
    it(`${url} has one page and a glyph for every character of the hall's text`, () => {
      expect(atlas, `${file} is missing. ${REBUILD}`).not.toBeNull()
      expect(atlas!.pages).toHaveLength(1)
      expect(existsSync(`${root}public/fonts/msdf/${atlas!.pages[0]}`)).toBe(true)
      const glyphs = new Set(atlas!.chars.map((c) => String.fromCodePoint(c.id)))
      const missing = [...wanted].filter((c) => !glyphs.has(c))
      expect(missing, `Missing from ${url}: ${missing.join('')}. ${REBUILD}`).toEqual([])
    })
  }
})
