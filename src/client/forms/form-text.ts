import { forms } from '../../shared/i18n/forms'
import { interpolate, pluralKey, type TextValues } from '../../shared/i18n/interpolate'
import type { Register } from '../../shared/flow/flow-schema'
import type { Language } from '../../shared/scene/localized'

export type FormTextKey = keyof (typeof forms)['en']

/** A forms string in one language with its placeholders filled (for view models, which run without i18next). */
export function formText(language: Language, key: FormTextKey, values?: TextValues): string {
  return interpolate(forms[language][key], values)
}

/** A plural forms string (`key_one` / `key_other`) for a count. */
export function formPlural(
  language: Language,
  key: 'consentFilled',
  count: number,
  values: TextValues = {},
): string {
  return formText(language, pluralKey(key, count, language), { count, ...values })
}

/** A register's name as people know it: "人口登记" / "population register". */
export function registerName(register: Register, language: Language): string {
  return formText(language, `register_${register}`)
}
