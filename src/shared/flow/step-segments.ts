/**
 * The URL segments of the steps around a flow's question pages (`/apply/:serviceId/<segment>`). Question
 * pages live at `/apply/:serviceId/<pageId>` in the same place, so a page id must not be one of these:
 * the page would be unreachable. The client's router and the flow validator both read this table.
 */
export const STEP_SEGMENTS = {
  consent: 'use-records',
  documents: 'upload-documents',
  check: 'check-answers',
  saved: 'saved',
  confirmation: 'confirmation',
} as const

/** The step segments as a list: the page ids a flow may not use. */
export const RESERVED_PAGE_IDS: readonly string[] = Object.values(STEP_SEGMENTS)
