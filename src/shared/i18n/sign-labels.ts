import type { LocalizedText } from '../scene/localized'

/**
 * Fixed sign wording that is not in scene data. Signs are bilingual at once (a hall sign does not switch
 * language), so these are not translation keys. Kept with the translations so the font build (scripts/build-fonts.py) includes every character.
 */
export const SIGN_LABELS = {
  oneStop: { zh: '综合受理窗口', en: 'One-stop window' },
  nowServing: { zh: '叫号', en: 'Now serving' },
  window: { zh: '窗口', en: 'Counter' },
  waiting: { zh: '等候', en: 'waiting' },
} as const satisfies Record<string, LocalizedText>
