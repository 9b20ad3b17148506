import type { Page } from '@playwright/test'

/** Elder mode minimums from the foundation issue: text at least 18 px, targets at least 60 x 60 px. */
export const ELDER_MIN_TEXT_PX = 18
export const ELDER_MIN_TARGET_PX = 60

/**
 * Measures the page as it is now and lists every visible piece of text smaller than
 * {@link ELDER_MIN_TEXT_PX} and every visible interactive element (button, link, select, input, anything
 * focusable by Tab) whose box is narrower or shorter than {@link ELDER_MIN_TARGET_PX}. Elements under
 * `exclude` selectors are skipped, and so are visually hidden ones (a 1 px clip, like a skip link
 * before it has focus: measure those after focusing them). One line per problem; `[]` means it passes.
 */
export async function elderModeProblems(page: Page, exclude: string[] = []): Promise<string[]> {
  return page.evaluate(
    ({ minText, minTarget, exclude }) => {
      const problems: string[] = []
      const skipped = (el: Element) => exclude.some((selector) => el.closest(selector))
      const shown = (el: Element) => {
        if (!el.checkVisibility({ visibilityProperty: true })) return false
        const box = el.getBoundingClientRect()
        return box.width > 2 && box.height > 2
      }
      const describe = (el: Element) => {
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
        const label = el.getAttribute('aria-label')
        return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> "${label ?? text}"`
      }

      for (const el of document.body.querySelectorAll('*')) {
        if (skipped(el) || el.tagName === 'OPTION' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE')
          continue
        const ownText = [...el.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
        )
        if (!ownText || !shown(el)) continue
        const size = parseFloat(getComputedStyle(el).fontSize)
        if (size < minText) problems.push(`text ${size}px < ${minText}px: ${describe(el)}`)
      }

      const interactive = document.body.querySelectorAll(
        'button, a[href], select, input:not([type="hidden"]), textarea, [role="button"], [tabindex]:not([tabindex="-1"])',
      )
      for (const el of interactive) {
        if (skipped(el) || el.tagName === 'CANVAS' || !shown(el)) continue
        const box = el.getBoundingClientRect()
        // Half a pixel of slack for sub-pixel layout (59.6 px renders as a 60 px target).
        if (box.width < minTarget - 0.5 || box.height < minTarget - 0.5)
          problems.push(
            `target ${box.width.toFixed(1)}x${box.height.toFixed(1)}px < ${minTarget}x${minTarget}px: ${describe(el)}`,
          )
      }
      return problems
    },
    { minText: ELDER_MIN_TEXT_PX, minTarget: ELDER_MIN_TARGET_PX, exclude },
  )
}
