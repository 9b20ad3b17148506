import type { Language } from '../scene/localized'
import { account } from './account'
import { call } from './call'
import { clerk } from './clerk'
import { common } from './common'
import { forms } from './forms'
import { overlay } from './overlay'
import { queue } from './queue'
import { station } from './station'
import { twoD } from './two-d'

/**
 * Every translation namespace by name. A namespace file exports `{ zh: {...}, en: {...} }` with identical
 * keys (checked by resources.test.ts); add a new file here to make it available to i18next.
 */
export const namespaces = {
  account,
  call,
  common,
  forms,
  overlay,
  queue,
  station,
  'two-d': twoD,
  clerk,
} as const

export type Namespace = keyof typeof namespaces

type ResourcesFor<L extends Language> = { [N in Namespace]: (typeof namespaces)[N][L] }

function resourcesFor<L extends Language>(language: L): ResourcesFor<L> {
  return Object.fromEntries(
    Object.entries(namespaces).map(([name, texts]) => [name, texts[language]]),
  ) as ResourcesFor<L>
}

/** The i18next resources: `{ zh: { common: {...}, ... }, en: {...} }`. */
export const resources = {
  zh: resourcesFor('zh'),
  en: resourcesFor('en'),
} as const

/** The namespace i18next uses when a key has no prefix. */
export const defaultNamespace = 'common' satisfies Namespace
