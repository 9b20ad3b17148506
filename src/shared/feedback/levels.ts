/**
 * The five levels of the national "good/bad review" of government services (好差评), from very satisfied
 * to very dissatisfied, with their labels in both languages. Listed best first, as rating widgets
 * show them.
 */
export const RATING_LEVELS = [
  { level: 5, id: 'very-satisfied', label: { zh: '非常满意', en: 'Very satisfied' } },
  { level: 4, id: 'satisfied', label: { zh: '满意', en: 'Satisfied' } },
  { level: 3, id: 'neutral', label: { zh: '基本满意', en: 'Neither satisfied nor dissatisfied' } },
  { level: 2, id: 'dissatisfied', label: { zh: '不满意', en: 'Dissatisfied' } },
  { level: 1, id: 'very-dissatisfied', label: { zh: '非常不满意', en: 'Very dissatisfied' } },
] as const satisfies readonly { level: number; id: string; label: { zh: string; en: string } }[]

/** A rating level, 1 (very dissatisfied) to 5 (very satisfied). */
export type RatingLevel = (typeof RATING_LEVELS)[number]['level']

export type RatingLevelId = (typeof RATING_LEVELS)[number]['id']

/** The longest comment a rating may carry, in characters. */
export const MAX_RATING_COMMENT = 500

/** A bad rating must be looked into and put right within this many working days. */
export const FOLLOW_UP_WORKING_DAYS = 15

/** Whether a value is one of the five levels. */
export function isRatingLevel(value: unknown): value is RatingLevel {
  return RATING_LEVELS.some((l) => l.level === value)
}

/**
 * Whether a rating opens a follow-up case: "dissatisfied" and "very dissatisfied" (levels 2 and 1) are
 * each checked, the citizen called back, and the matter put right within `FOLLOW_UP_WORKING_DAYS`.
 */
export function opensFollowUp(level: number): boolean {
  return isRatingLevel(level) && level <= 2
}

/** The states of a follow-up case, with what the citizen is told. */
export const FOLLOW_UP_STATUSES = [
  { id: 'open', label: { zh: '已受理，等待处理', en: 'Received, waiting to be handled' } },
  { id: 'in-progress', label: { zh: '正在处理', en: 'Being handled' } },
  { id: 'closed', label: { zh: '已办结', en: 'Resolved' } },
] as const

export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number]['id']
