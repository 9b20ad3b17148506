import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../scene/localized'
import { namespaces, resources } from './resources'

/** Every leaf key path of a nested object of strings, like `a.b`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key))
}

describe('translation resources', () => {
  it.each(Object.entries(namespaces))('namespace %s has the same keys in zh and en', (_name, texts) => {
    expect(keyPaths(texts.zh).sort()).toEqual(keyPaths(texts.en).sort())
  })

  it.each(Object.entries(namespaces))('namespace %s has no empty strings', (_name, texts) => {
    for (const language of LANGUAGES) {
      const empty = keyPaths(texts[language]).filter((path) => {
        const leaf = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], texts[language])
        return typeof leaf !== 'string' || leaf.trim() === ''
      })
      expect(empty, `${language}: empty or non-string values`).toEqual([])
    }
  })

  it('uses the same placeholders in both languages', () => {
    for (const [name, texts] of Object.entries(namespaces)) {
      const zh = texts.zh as Record<string, string>
      const en = texts.en as Record<string, string>
      for (const key of Object.keys(en)) {
        const names = (s: string | undefined) =>
          [...(s ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()
        expect(names(zh[key]), `${name}.${key}`).toEqual(names(en[key]))
      }
    }
  })

  it('gathers every namespace for every language', () => {
    for (const language of LANGUAGES)
      expect(Object.keys(resources[language]).sort()).toEqual(Object.keys(namespaces).sort())
  })
})
