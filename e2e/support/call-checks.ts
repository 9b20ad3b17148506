import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Fails unless `read` (a frame count) grows by more than a handful within 15 s from now: the picture
 * keeps moving (software decoding can be slow here, so no frame rate is asserted).
 */
export async function expectFramesAdvance(read: () => Promise<number>, what: string): Promise<void> {
  const before = await read()
  await expect
    .poll(async () => (await read()) - before, { timeout: 15_000, message: what })
    .toBeGreaterThan(5)
}

/** What a side of a call reports: its phase, and the remote video's decoded and presented frames. */
export type CallFigures = {
  phase(page: Page): Promise<string | null>
  decoded(page: Page): Promise<number>
  presented(page: Page): Promise<number>
}

/** The citizen's `/call` page (`data-phase` and `window.__onehallCall`). */
export const callPageFigures: CallFigures = {
  phase: (page) => page.getByTestId('call-view').getAttribute('data-phase'),
  decoded: (page) => page.evaluate(async () => (await window.__onehallCall!.stats())?.framesDecoded ?? 0),
  presented: (page) => page.evaluate(() => window.__onehallCall!.remoteFrames() ?? 0),
}

/** A page running the call engine (`startEngine`: `window.call`). */
export const engineFigures: CallFigures = {
  phase: (page) => page.evaluate(() => window.call.session.getSnapshot().phase),
  decoded: (page) => page.evaluate(async () => (await window.call.session.stats()).framesDecoded),
  presented: (page) => page.evaluate(() => window.call.frames()),
}

/** The remote video on `page` moves: its decoded and its presented frame counts both keep growing. */
export async function expectRemoteVideoMoves(page: Page, figures: CallFigures, who: string): Promise<void> {
  await expectFramesAdvance(() => figures.decoded(page), `frames decoded by ${who}`)
  await expectFramesAdvance(() => figures.presented(page), `frames shown to ${who}`)
}

/**
 * Co-browsing from the clerk's side: the citizen types "Wang Fang" in the draft's Full name box on the
 * call page, the clerk's engine page (`startEngine`) must receive it, then the clerk highlights the
 * field and suggests "Wang Fang Li". Resolves with the citizen's field, highlighted, once it shows the
 * suggestion; the test decides what the citizen does with it.
 */
export async function clerkSuggestsFullName(citizen: Page, clerk: Page): Promise<Locator> {
  await citizen.getByLabel('Full name').fill('Wang Fang')
  await expect
    .poll(() =>
      clerk.evaluate(() =>
        window.call.cobrowse.filter((m) => m.type === 'cobrowse.field').map((m) => m.value),
      ),
    )
    .toContain('Wang Fang')
  await clerk.evaluate(() => {
    window.call.session.sendCobrowse({ type: 'cobrowse.highlight', fieldId: 'full-name' })
    window.call.session.sendCobrowse({
      type: 'cobrowse.suggest',
      suggestionId: 's1',
      fieldId: 'full-name',
      value: 'Wang Fang Li',
    })
  })
  const field = citizen.locator('[data-cobrowse-field="full-name"]')
  await expect(field).toHaveAttribute('data-highlighted', 'true')
  await expect(field.getByTestId('suggestion')).toContainText('Wang Fang Li')
  return field
}
