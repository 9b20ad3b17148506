import type { Language } from '../scene/localized'

/** Values substituted into `{{name}}` placeholders. */
export type TextValues = Record<string, string | number>

/**
 * Fills `{{name}}` placeholders the way i18next does, for code that runs without i18next (view models
 * shared by the DOM and VR renderers, the server). An unknown placeholder is left as it is so the gap shows.
 */
export function interpolate(template: string, values: TextValues = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}

const pluralRules = new Map<Language, Intl.PluralRules>()

/**
 * The key i18next would pick for a count: `key_one` or `key_other` by the language's plural rules
 * (Chinese always takes `_other`).
 */
export function pluralKey<K extends string>(
  key: K,
  count: number,
  language: Language,
): `${K}_one` | `${K}_other` {
  let rules = pluralRules.get(language)
  if (!rules) {
    rules = new Intl.PluralRules(language)
    pluralRules.set(language, rules)
  }
  return rules.select(count) === 'one' ? `${key}_one` : `${key}_other`
}
