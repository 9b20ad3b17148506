import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { gb2312Hanzi, typedCharacters } from '../../shared/text/typed-charset'
import { typedNoteText } from './forms/typed-note-text'
import { XR_FONT_FAMILIES } from './xr-theme'

/**
 * The VR form's text boxes draw what citizens type with the typed-text atlas (scripts/build-msdf-font.mjs).
 * The panel decides "draw or show the placeholder note" from typedCharacters(), so the atlas must hold
 * every one of them, or a character would draw as a box with no note. (msdf-atlas-coverage.test.ts checks
 * the hall's own text against every atlas, this one included.)
 */

const root = fileURLToPath(new URL('../../../', import.meta.url))
const REBUILD = 'Run `node scripts/build-msdf-font.mjs onehall-typed-regular`.'
const file = `${root}public${XR_FONT_FAMILIES.typed.normal}`

type Atlas = { pages: string[]; chars: { id: number }[]; common: { scaleW: number; scaleH: number } }
const atlas = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Atlas) : null
const glyphs = new Set(atlas?.chars.map((c) => String.fromCodePoint(c.id)))

describe('typed-text atlas', () => {
  it('exists with one page no larger than 4096 px a side (what every headset GPU takes)', () => {
    expect(atlas, `${file} is missing. ${REBUILD}`).not.toBeNull()
    expect(atlas!.pages).toHaveLength(1)
    expect(existsSync(`${root}public/fonts/msdf/${atlas!.pages[0]}`)).toBe(true)
    expect(atlas!.common.scaleW).toBeLessThanOrEqual(4096)
    expect(atlas!.common.scaleH).toBeLessThanOrEqual(4096)
  })

  it('has a glyph for every GB 2312 level-1 hanzi', () => {
    const missing = [...gb2312Hanzi(1)].filter((c) => !glyphs.has(c))
    expect(missing, `Missing: ${missing.join('')}. ${REBUILD}`).toEqual([])
  })

  it('has a glyph for every GB 2312 level-2 hanzi', () => {
    const missing = [...gb2312Hanzi(2)].filter((c) => !glyphs.has(c))
    expect(missing, `Missing: ${missing.join('')}. ${REBUILD}`).toEqual([])
  })

  it('has a glyph for every character the panel treats as drawable (ASCII, punctuation, hanzi)', () => {
    const missing = [...typedCharacters()].filter((c) => c !== ' ' && !glyphs.has(c))
    expect(missing, `Missing: ${missing.join('')}. ${REBUILD}`).toEqual([])
  })

  it('draws the placeholder note itself (the note uses this atlas, not the hall one)', () => {
    const text = Object.values(typedNoteText).join('')
    const missing = [...new Set(text)].filter((c) => c !== ' ' && !glyphs.has(c))
    expect(missing, `Missing: ${missing.join('')}. ${REBUILD}`).toEqual([])
  })
})
