import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

export interface AxeOptions {
  /** CSS selectors of parts of the page to leave out (the WebGL canvas, which axe cannot read). */
  exclude?: string[]
}

/**
 * Runs axe-core on the page as it is now (every rule axe ships except experimental ones: WCAG 2.x A and
 * AA plus best practices) and returns one line per violation and element, so
 * `expect(await axeViolations(page)).toEqual([])` prints everything wrong when it fails.
 */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  // Pages are lazy chunks: checking before the page has rendered would judge an empty #root.
  await page.locator('main h1, h1').first().waitFor({ state: 'attached', timeout: 15_000 })
  let builder = new AxeBuilder({ page })
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector)
  const { violations } = await builder.analyze()
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} at ${node.target.join(' ')}` +
        (node.failureSummary ? ` -- ${node.failureSummary.replace(/\s+/g, ' ')}` : ''),
    ),
  )
}
