import type { LocalizedText } from '../scene/localized'

/** A rating: 1 (very dissatisfied) to 5 (very satisfied), as the ratings table stores it. */
export type RatingLevel = 1 | 2 | 3 | 4 | 5

/** The five levels of the after-service rating, best first (the order they are offered in). */
export const RATING_LEVELS = [
  { level: 5, id: 'very-satisfied', label: { zh: '非常满意', en: 'Very satisfied' } },
  { level: 4, id: 'satisfied', label: { zh: '满意', en: 'Satisfied' } },
  { level: 3, id: 'neutral', label: { zh: '一般', en: 'Neither satisfied nor dissatisfied' } },
  { level: 2, id: 'dissatisfied', label: { zh: '不满意', en: 'Dissatisfied' } },
  { level: 1, id: 'very-dissatisfied', label: { zh: '非常不满意', en: 'Very dissatisfied' } },
] as const satisfies readonly { level: RatingLevel; id: string; label: LocalizedText }[]

export type RatingLevelId = (typeof RATING_LEVELS)[number]['id']

/** "Dissatisfied" and "very dissatisfied" open a follow-up case (due in 15 working days). */
export function opensFollowUp(level: RatingLevel): boolean {
  return level <= 2
}
