import type { XrFormStep } from './xr-form-store'

/** The key the form store files a step's errors under (the page id, as in the 2D form). */
export function errorKey(step: XrFormStep): string {
  return step.kind === 'question' ? step.pageId : step.kind
}
