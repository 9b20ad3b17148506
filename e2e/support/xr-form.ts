import type { Page } from '@playwright/test'

/** What `window.__onehall.xr().form` reports of the VR form panel (docs/automation.md). */
export type XrFormState = {
  service: string
  step: string
  page: string | null
  answers: Record<string, unknown>
  errors: { field: string; message: string }[]
  declarationError: boolean
  resumeCode: string | null
  reference: string | null
  busy: boolean
}

type HookWindow = Window & { __onehall: { xr(): { form: XrFormState | null } } }

/** The VR form panel's state, or null when no form is open. */
export const xrForm = (page: Page): Promise<XrFormState | null> =>
  page.evaluate(() => (window as unknown as HookWindow).__onehall.xr().form)

/** A check on the VR form's state for `pressUntil`: false while no form is open or it is busy (saving, sending). */
export const xrFormIs =
  (page: Page, check: (state: XrFormState) => boolean) => async (): Promise<boolean> => {
    const state = await xrForm(page)
    return state !== null && !state.busy && check(state)
  }

/** A check for `pressUntil`: a text box (the hidden DOM input behind a uikit box) has the focus. */
export const textBoxFocused = (page: Page) => (): Promise<boolean> =>
  page.evaluate(() => /^(INPUT|TEXTAREA)$/.test(document.activeElement?.tagName ?? ''))
