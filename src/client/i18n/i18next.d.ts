import 'i18next'
import type { defaultNamespace, resources } from '../../shared/i18n/resources'

// Typed keys: `t('common:retry')` is checked against the English resources at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace
    resources: (typeof resources)['en']
  }
}
