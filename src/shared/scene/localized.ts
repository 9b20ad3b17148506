import { z } from 'zod'

/** The languages OneHall speaks. Every user-facing string in scene data carries all of them. */
export const LANGUAGES = ['zh', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** A string in every supported language: `{ zh: '社会保障', en: 'Social Security' }`. */
export const localizedTextSchema = z
  .object({
    zh: z.string().trim().min(1, 'Chinese text must not be empty'),
    en: z.string().trim().min(1, 'English text must not be empty'),
  })
  .strict()
export type LocalizedText = z.infer<typeof localizedTextSchema>

/** Picks the text for a language. */
export function localize(text: LocalizedText, language: Language): string {
  return text[language]
}
