import { expect, test, type Page } from '@playwright/test'
import { gb2312Hanzi } from '../src/shared/text/typed-charset'
import { collectConsoleErrors } from './support'
import { installIwer, localhostUrl, pressUntil, xrFrames } from './support/iwer'
import { textBoxFocused, xrForm, xrFormIs } from './support/xr-form'
import { enterVrAt, openCounterPanel, openHallOnLocalhost, xrState, xrTarget } from './support/xr-hall'

// Chinese typed into a VR form box (Meta's IWER emulator as a Quest 3). The boxes draw with the
// typed-text atlas (GB 2312 levels 1 and 2), which must not be fetched with the hall or before a form
// opens; a name with a level-2 hanzi draws with no missing glyph; a character outside the atlas still
// reaches the draft, and the panel says it is shown as a placeholder.
test.setTimeout(600_000)
test.use({ viewport: { width: 800, height: 450 } })

const SERVICE = 'marriage-registration'
const COUNTER = 'counter-11'
const TYPED_ATLAS = /\/fonts\/msdf\/onehall-typed-regular\.(json|png)$/
// 婧 is a level-2 hanzi; 玥 (common in names) is in no GB 2312 level.
const LEVEL_2 = '婧'
const OUTSIDE = '玥'

const xr = xrState
const form = xrForm
const target = xrTarget
const formIs = xrFormIs
const inputFocused = textBoxFocused

/** Selects the name box with the ray, replaces its text with the keyboard, waits for the answer. */
async function typeName(page: Page, text: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await pressUntil(page, 'form.field:full-name', inputFocused(page), 'focus in full-name')
  await page.keyboard.press('Control+A')
  await page.keyboard.type(text)
  await expect.poll(async () => (await form(page))?.answers['full-name']).toBe(text)
}

test('VR form boxes: typed-text atlas loads only with a form, Chinese names draw, others get a note', async ({
  page,
  context,
  baseURL,
}) => {
  expect(gb2312Hanzi(2)).toContain(LEVEL_2)
  expect(gb2312Hanzi(1) + gb2312Hanzi(2)).not.toContain(OUTSIDE)
  const errors = collectConsoleErrors(page)
  const missingGlyphs: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Missing glyph info')) missingGlyphs.push(message.text())
  })
  const atlasRequests: string[] = []
  page.on('request', (request) => {
    if (TYPED_ATLAS.test(new URL(request.url()).pathname)) atlasRequests.push(request.url())
  })
  await context.addInitScript(() =>
    window.localStorage.setItem('onehall.preferences', JSON.stringify({ language: 'zh', elderMode: false })),
  )
  await installIwer(context)
  const hall = await openHallOnLocalhost(page, baseURL)
  expect(atlasRequests, 'typed-text atlas fetched with the hall').toEqual([])

  // In VR, the counter's panel and the service's page (with its own search box) still do not fetch it.
  await enterVrAt(page, COUNTER)
  await openCounterPanel(page, hall, COUNTER)
  await pressUntil(page, `service:${SERVICE}`, async () => (await xr(page)).open.service === SERVICE)
  await pressUntil(
    page,
    `apply:${SERVICE}`,
    formIs(page, (s) => s.step === 'start'),
  )
  await xrFrames(page, 5)
  expect(atlasRequests, 'typed-text atlas fetched before a form box was shown').toEqual([])

  // The first page has text boxes: now the atlas loads (JSON, then its page).
  await pressUntil(
    page,
    'form.start',
    formIs(page, (s) => s.page === 'your-details'),
  )
  await expect.poll(() => atlasRequests.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(2)

  // A name with level-1 and level-2 hanzi: every glyph is in the atlas, no note.
  const name = `张伟${LEVEL_2}`
  await typeName(page, name)
  await xrFrames(page, 5)
  expect(missingGlyphs).toEqual([])
  expect(await target(page, 'form.field:full-name:placeholder-note')).toBeNull()

  // A character outside the atlas: drawn as the placeholder box, the note says so, the value is intact.
  await typeName(page, `张${OUTSIDE}`)
  await expect.poll(() => target(page, 'form.field:full-name:placeholder-note')).not.toBeNull()
  await xrFrames(page, 3)
  expect(missingGlyphs.length).toBeGreaterThan(0)
  expect(missingGlyphs.every((m) => m.includes(OUTSIDE))).toBe(true)
  const boxes = await page.evaluate(() => [...document.querySelectorAll('input')].map((i) => i.value))
  expect(boxes).toContain(`张${OUTSIDE}`)

  // Back to drawable text: the note goes. Continue (the other boxes are empty, so it stops with errors)
  // saves the draft, and the server holds the name as typed.
  await typeName(page, name)
  await expect.poll(() => target(page, 'form.field:full-name:placeholder-note')).toBeNull()
  await pressUntil(
    page,
    'form.continue',
    formIs(page, (s) => s.errors.length > 0),
    'errors shown',
  )
  expect((await form(page))!.errors.map((e) => e.field)).not.toContain('full-name')
  const resumeCode = (await form(page))!.resumeCode
  await expect
    .poll(async () => {
      const saved = await page.request.get(localhostUrl(baseURL, `/api/drafts/${resumeCode}`))
      return ((await saved.json()) as { draft: { answers: Record<string, unknown> } }).draft.answers[
        'full-name'
      ]
    })
    .toBe(name)
  expect(errors).toEqual([])
})
