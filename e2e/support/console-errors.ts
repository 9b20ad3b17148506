import type { Page } from '@playwright/test'

export interface ConsoleErrorOptions {
  /** Messages matching any of these are not collected (for an error a test provokes on purpose). */
  ignore?: RegExp[]
}

/**
 * Collects the page's console errors and uncaught exceptions from now on. Returns a live array: assert
 * `expect(errors).toEqual([])` at the end of a test, so a failure lists every message.
 */
export function collectConsoleErrors(page: Page, options: ConsoleErrorOptions = {}): string[] {
  const errors: string[] = []
  const keep = (message: string) => {
    if (!options.ignore?.some((pattern) => pattern.test(message))) errors.push(message)
  }
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const { url, lineNumber } = message.location()
    keep(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`)
  })
  page.on('pageerror', (error) => keep(`uncaught: ${error.stack ?? error.message}`))
  return errors
}
