import type { Language } from '../../../shared/scene/localized'

/**
 * The note under a VR form box holding characters the typed-text atlas cannot draw. Kept out of
 * xr-text.ts on purpose: that table ships with the hall's first-frame code and feeds the static atlas,
 * while this note is drawn only inside a form, with the typed-text atlas (typed-atlas.test.ts checks it
 * has every character of it).
 */
export const typedNoteText = {
  zh: '头显无法显示的字显示为方块，但会按您输入的内容原样保存和提交。',
  en: 'Characters the headset cannot draw show as boxes; they are still saved and sent exactly as you typed them.',
} as const satisfies Record<Language, string>
