import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * Signs in 3D are drawn with a subset font that holds only the characters the halls and translations use
 * (scripts/build-fonts.py). A character missing from it draws as a box, or makes a text renderer fetch a
 * fallback font from a CDN, so every character in the data must be in the font's character list.
 */

const root = fileURLToPath(new URL('../../', import.meta.url))
const charsFile = `${root}public/fonts/onehall-sans.chars.txt`
const REBUILD = 'Run `npm run fonts` to rebuild the hall font (public/fonts/).'

/** Characters never drawn as glyphs: whitespace, controls, format marks (the font script skips them too). */
const NOT_DRAWN = /[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((item) => jsonStrings(item, out))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key)
      jsonStrings(item, out)
    }
  }
  return out
}

/** The values of a TypeScript file's string literals and template texts, as the compiler reads them. */
function tsStringLiterals(source: string, fileName: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const out: string[] = []
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      out.push(node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return out
}

function listFiles(dir: string, keep: (name: string) => boolean, recursive: boolean): string[] {
  if (!existsSync(dir)) return []
  return (readdirSync(dir, { recursive }) as string[])
    .filter(keep)
    .sort()
    .map((name) => `${dir}${name}`)
}

const sceneFiles = listFiles(`${root}scenes/`, (name) => name.endsWith('.json'), true)
const i18nFiles = listFiles(
  `${root}src/shared/i18n/`,
  (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
  false,
)

/** Characters of `strings` not in `available`, each with the first file that uses it. */
function missingCharacters(files: string[], read: (file: string) => string[], available: Set<string>) {
  const missing = new Map<string, string>()
  for (const file of files) {
    for (const text of read(file)) {
      for (const char of text) {
        if (!NOT_DRAWN.test(char) && !available.has(char) && !missing.has(char)) {
          missing.set(char, file.slice(root.length))
        }
      }
    }
  }
  return [...missing].map(
    ([char, file]) =>
      `${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in ${file}`,
  )
}

function fontCharacters(): Set<string> {
  expect(existsSync(charsFile), `${charsFile} is missing. ${REBUILD}`).toBe(true)
  return new Set(readFileSync(charsFile, 'utf8'))
}

describe('hall font coverage', () => {
  it('has the built fonts next to their character list', () => {
    for (const name of ['onehall-sans', 'onehall-sans-bold']) {
      expect(
        existsSync(`${root}public/fonts/${name}.woff2`),
        `public/fonts/${name}.woff2 is missing. ${REBUILD}`,
      ).toBe(true)
    }
    expect(fontCharacters().size).toBeGreaterThan(95)
  })

  it('finds the scene and translation files it checks', () => {
    expect(sceneFiles.length, 'no scenes/**/*.json found').toBeGreaterThan(0)
    expect(i18nFiles.length, 'no src/shared/i18n/*.ts found').toBeGreaterThan(0)
  })

  it('has a glyph for every character in scenes/**/*.json', () => {
    const missing = missingCharacters(
      sceneFiles,
      (f) => jsonStrings(JSON.parse(readFileSync(f, 'utf8'))),
      fontCharacters(),
    )
    expect(missing, `Characters missing from the hall font:\n${missing.join('\n')}\n${REBUILD}`).toEqual([])
  })

  it('has a glyph for every character in the translations (src/shared/i18n/*.ts)', () => {
    const missing = missingCharacters(
      i18nFiles,
      (f) => tsStringLiterals(readFileSync(f, 'utf8'), f),
      fontCharacters(),
    )
    expect(missing, `Characters missing from the hall font:\n${missing.join('\n')}\n${REBUILD}`).toEqual([])
  })
})

describe('string extraction used by the coverage check', () => {
  it('reads literal values, escapes and template texts, and skips comments', () => {
    const source = [
      '// 注释 is not text',
      "export const t = { zh: { a: '窗\\u53e3', b: \"社保\" }, en: { c: `Hi ${'办'} 理` } } as const",
    ].join('\n')
    expect(tsStringLiterals(source, 'sample.ts')).toEqual(['窗口', '社保', 'Hi ', '办', ' 理'])
  })

  it('reports a missing character with its code point and file', () => {
    const file = `${root}scenes/sample.json`
    expect(missingCharacters([file], () => ['Counter 窗口'], new Set('Counter窗'))).toEqual([
      '口 (U+53E3) in scenes/sample.json',
    ])
  })
})
