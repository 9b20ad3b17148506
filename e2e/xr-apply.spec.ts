import { expect, test, type Page } from '@playwright/test'
import { collectConsoleErrors } from './support'
import { installIwer, localhostUrl, pressUntil } from './support/iwer'
import { textBoxFocused, xrForm, xrFormIs } from './support/xr-form'
import { enterVrAt, openCounterPanel, openHallOnLocalhost, xrState, xrTarget } from './support/xr-hall'

// An application made in VR, with Meta's IWER emulator as a Quest 3: the ray opens a counter
// and a service, the keyboard types into the uikit boxes (as the headset's system keyboard would), the
// ray picks options and presses Continue, and the application is sent. Emulated XR on software GL is slow
// (about 80 ms a frame): one long test, generous timeouts, assertions on state.
test.setTimeout(900_000)
// A smaller page makes the emulator's (software-drawn) frames cheaper; a click must fit in 1.5 s.
test.use({ viewport: { width: 800, height: 450 } })

// Marriage registration: no sign-in needed, and when neither partner was married before, no document
// is required (the joint photo is optional), so the whole flow can be sent from VR.
const SERVICE = 'marriage-registration'
const COUNTER = 'counter-11'
// Valid GB 11643 numbers (check digit computed), for adults.
const MY_ID = '110105199203151233'
const PARTNER_ID = '110105199311204566'

const xr = xrState
const form = xrForm
const target = xrTarget
const formIs = xrFormIs
const inputFocused = textBoxFocused

/** Selects a form box with the ray (focusing its hidden input) and types into it with the keyboard. */
async function typeInto(
  page: Page,
  fieldId: string,
  text: string,
  expected: unknown = text,
  replace = false,
) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await pressUntil(page, `form.field:${fieldId}`, inputFocused(page), `focus in ${fieldId}`)
  if (replace) await page.keyboard.press('Control+A')
  await page.keyboard.type(text)
  await expect.poll(async () => (await form(page))?.answers[fieldId]).toBe(expected)
}

/** Presses Continue until the form has moved to `next` (a page id or a step). */
async function continueTo(page: Page, next: string) {
  await pressUntil(
    page,
    'form.continue',
    formIs(page, (s) => (s.page ?? s.step) === next),
    `at ${next}`,
  )
}

/** Chooses an option with the ray until the answer is `value`. */
async function choose(page: Page, fieldId: string, option: string, value: unknown) {
  await pressUntil(
    page,
    `form.option:${fieldId}:${option}`,
    formIs(page, (s) => s.answers[fieldId] === value),
  )
}

/** A date about two weeks ahead, typed the way people write it (slashes, no leading zeros). */
function appointmentDate(): { typed: string; stored: string } {
  const date = new Date(Date.now() + 14 * 86_400_000)
  const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
  return { typed: `${y}/${m}/${d}`, stored: `${y}-${m}-${d}` }
}

test('apply in VR: ray and keyboard through marriage registration, an error that keeps the typed value, send, reference', async ({
  page,
  context,
  baseURL,
}) => {
  const errors = collectConsoleErrors(page)
  await context.addInitScript(() =>
    window.localStorage.setItem('onehall.preferences', JSON.stringify({ language: 'en', elderMode: false })),
  )
  await installIwer(context)
  const hall = await openHallOnLocalhost(page, baseURL)
  expect(hall.services.find((s) => s.id === SERVICE)?.flow).toBeTruthy()

  // Enter VR in front of the civil affairs counter; open its panel with the ray, then the service.
  await enterVrAt(page, COUNTER)
  await openCounterPanel(page, hall, COUNTER)
  await pressUntil(page, `service:${SERVICE}`, async () => (await xr(page)).open.service === SERVICE)

  // "Apply in VR" puts the form's start where the station panel was; Start makes a draft.
  await pressUntil(
    page,
    `apply:${SERVICE}`,
    formIs(page, (s) => s.step === 'start'),
  )
  expect(await target(page, `service:${SERVICE}`)).toBeNull()
  await pressUntil(
    page,
    'form.start',
    formIs(page, (s) => s.page === 'your-details'),
  )
  const resumeCode = (await form(page))!.resumeCode
  expect(resumeCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/)

  // Your details with a wrong mobile number: Continue stays, the error shows, the typed value stays.
  await typeInto(page, 'full-name', 'Zhang Wei')
  await typeInto(page, 'id-number', MY_ID)
  await typeInto(page, 'mobile', '12345')
  await pressUntil(
    page,
    'form.continue',
    formIs(page, (s) => s.errors.length > 0),
    'errors shown',
  )
  const shown = (await form(page))!
  expect(shown.errors.map((e) => e.field)).toEqual(['mobile'])
  expect(shown.errors[0]!.message).toMatch(/mobile/i)
  expect(shown.page).toBe('your-details')
  expect(shown.answers).toMatchObject({ 'full-name': 'Zhang Wei', 'id-number': MY_ID, mobile: '12345' })
  await expect.poll(() => target(page, 'form.errors')).not.toBeNull()
  // The uikit boxes still hold what was typed: their hidden inputs carry the same text.
  const boxes = await page.evaluate(() => [...document.querySelectorAll('input')].map((i) => i.value))
  expect(boxes).toEqual(expect.arrayContaining(['Zhang Wei', MY_ID, '12345']))
  // So does the draft on the server (the 2D page would show it with the same error).
  const saved = await page.request.get(localhostUrl(baseURL, `/api/drafts/${resumeCode}`))
  const savedDraft = (await saved.json()) as { draft: { answers: Record<string, unknown> } }
  expect(savedDraft.draft.answers.mobile).toBe('12345')

  await typeInto(page, 'mobile', '13800138000', '13800138000', true)
  await continueTo(page, 'you-status')
  expect((await form(page))!.errors).toEqual([])

  // Yes/no and choices with the ray; Back keeps the answers.
  await choose(page, 'you-married-before', 'no', false)
  await continueTo(page, 'partner-details')
  await typeInto(page, 'partner-name', 'Li Na')
  await typeInto(page, 'partner-id-number', PARTNER_ID)
  await typeInto(page, 'partner-mobile', '13900139000')
  await continueTo(page, 'partner-status')
  await pressUntil(
    page,
    'form.back',
    formIs(page, (s) => s.page === 'partner-details'),
  )
  expect((await form(page))!.answers).toMatchObject({ 'partner-name': 'Li Na', 'you-married-before': false })
  await continueTo(page, 'partner-status')
  await choose(page, 'partner-married-before', 'no', false)
  await continueTo(page, 'appointment')
  await choose(page, 'registry', 'city-centre', 'city-centre')
  const date = appointmentDate()
  await typeInto(page, 'appointment-date', date.typed, date.stored)
  await continueTo(page, 'support')
  await continueTo(page, 'documents')
  // The optional photo: VR says plainly to attach it on the 2D page with the resume code.
  await expect.poll(() => target(page, 'form.upload-later')).not.toBeNull()
  await continueTo(page, 'check')

  // Send without the declaration is refused; tick it and send.
  await pressUntil(
    page,
    'form.submit',
    formIs(page, (s) => s.declarationError),
  )
  expect((await form(page))!.reference).toBeNull()
  await pressUntil(
    page,
    'form.declaration',
    formIs(page, (s) => !s.declarationError),
  )
  await pressUntil(
    page,
    'form.submit',
    formIs(page, (s) => s.step === 'confirmation'),
  )
  const reference = (await form(page))!.reference!
  // A-yyyymmdd-nnnn, with the department's letter in place of A.
  const letter = hall.departments.find((d) => d.id === 'civil-affairs')!.letter
  expect(reference).toMatch(new RegExp(`^${letter}-\\d{8}-\\d{4}$`))
  await expect.poll(() => target(page, 'form.reference')).not.toBeNull()

  // The application exists on the server, tracked with the reference and the resume code.
  const tracked = await page.request.get(
    localhostUrl(baseURL, `/api/applications/${reference}?code=${encodeURIComponent(resumeCode!)}`),
  )
  expect(tracked.status()).toBe(200)
  const body = (await tracked.json()) as { application: { reference: string; serviceId: string } }
  expect(body.application).toMatchObject({ reference, serviceId: SERVICE })

  // Closing the form brings the counter's panel back.
  await pressUntil(page, 'form.close', async () => (await form(page)) === null)
  await expect.poll(() => target(page, 'back')).not.toBeNull()
  expect(errors).toEqual([])
})
