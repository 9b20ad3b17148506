import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { flowSchema, validatePage, type Answers } from '../../shared/flow'
import { signIn, startDraft } from '../applications/testing/citizen-requests'
import { flowHall } from '../testing/fixture-scenes'
import { buildTestApp, type TestApp } from '../testing/test-app'

/**
 * The pre-fill of the register fields migration 005 added, through the API with the hall's real flows:
 * the consent preview shows them, the accepted ones fill the draft, and the filled values pass the
 * flow's own checks.
 */

const SERVICES = ['housing-fund-withdrawal', 'senior-citizen-card', 'residence-permit'] as const
const flows = Object.fromEntries(
  SERVICES.map((id) => {
    const file = new URL(`../../../scenes/city-centre/services/${id}.json`, import.meta.url)
    return [id, (JSON.parse(readFileSync(file, 'utf8')) as { flow: unknown }).flow]
  }),
)

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp({ hall: flowHall(flows), records: true })
})
afterAll(async () => t.close())

type Preview = { register: string; fields: { fieldId: string; value: unknown }[] }[]

async function preview(citizenId: string, serviceId: string): Promise<Map<string, unknown>> {
  const cookie = await signIn(t, citizenId)
  const res = await t.call({
    method: 'GET',
    url: `/api/services/${serviceId}/prefill-preview?lang=en`,
    headers: { cookie },
  })
  expect(res.statusCode, res.body).toBe(200)
  const values = new Map<string, unknown>()
  for (const register of res.json().registers as Preview)
    for (const field of register.fields) values.set(`${register.register}:${field.fieldId}`, field.value)
  return values
}

async function prefill(citizenId: string, serviceId: string, registers: string[]) {
  const cookie = await signIn(t, citizenId)
  const code = await startDraft(t, serviceId, cookie)
  const res = await t.call({
    method: 'POST',
    url: `/api/drafts/${code}/prefill`,
    payload: { registers },
    headers: { cookie },
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json() as { draft: { answers: Answers }; filled: string[] }
}

/** The flow's own errors for the filled fields on a page, given the answers that lead there. */
function errorsOn(serviceId: string, pageId: string, answers: Answers, fieldIds: string[]) {
  const flow = flowSchema.parse(flows[serviceId])
  return validatePage(flow, pageId, answers, 'en').errors.filter((e) => fieldIds.includes(e.fieldId))
}

describe('pre-fill of the newer register fields', () => {
  it('housing fund withdrawal: bank card, property address and certificate, retirement date', async () => {
    const wang = await preview('demo-01', 'housing-fund-withdrawal')
    expect(wang.get('housing-fund:bank-card-number')).toBe('6217000010001234567')
    expect(wang.get('real-estate:property-certificate-number')).toBe('京(2011)朝阳区不动产权第0012345号')
    expect(wang.get('real-estate:property-address')).toMatchObject({ city: '北京市', district: '朝阳区' })
    // Not retired: nothing to fill, rather than a wrong date.
    expect(wang.has('social-security:retirement-date')).toBe(false)

    const { draft, filled } = await prefill('demo-01', 'housing-fund-withdrawal', [
      'housing-fund',
      'real-estate',
    ])
    expect(filled).toEqual(
      expect.arrayContaining(['bank-card-number', 'property-address', 'property-certificate-number']),
    )
    expect(filled).not.toContain('full-name')
    const answers = { ...draft.answers, 'withdrawal-reason': 'purchase', bank: 'icbc' }
    expect(errorsOn('housing-fund-withdrawal', 'bank', answers, ['bank-card-number'])).toEqual([])
    expect(
      errorsOn('housing-fund-withdrawal', 'purchase-home', answers, [
        'property-address',
        'property-certificate-number',
      ]),
    ).toEqual([])

    const zhou = await prefill('demo-03', 'housing-fund-withdrawal', ['social-security'])
    expect(zhou.filled).toEqual(['retirement-date'])
    expect(zhou.draft.answers['retirement-date']).toBe('2003-03-01')
    const retired = { ...zhou.draft.answers, 'withdrawal-reason': 'retirement' }
    expect(errorsOn('housing-fund-withdrawal', 'retirement', retired, ['retirement-date'])).toEqual([])
  })

  it('senior citizen card: household registered in this city, yes or no', async () => {
    expect((await preview('demo-03', 'senior-citizen-card')).get('household:local-household')).toBe(true)
    const local = await prefill('demo-03', 'senior-citizen-card', ['household'])
    expect(local.filled).toContain('local-household')
    expect(local.draft.answers['local-household']).toBe(true)
    // "No" is a value too, and it is filled: the residence-permit page then applies.
    const elsewhere = await prefill('demo-04', 'senior-citizen-card', ['household'])
    expect(elsewhere.draft.answers['local-household']).toBe(false)
    expect(
      errorsOn('senior-citizen-card', 'residence', elsewhere.draft.answers, ['local-household']),
    ).toEqual([])
  })

  it('residence permit: the school from the education register, logged as a pre-fill', async () => {
    expect((await preview('demo-07', 'residence-permit')).get('education:school-name')).toBe('北京示例大学')
    const before = await t.db
      .selectFrom('access_log')
      .selectAll()
      .where('register', '=', 'education')
      .execute()
    const { draft, filled } = await prefill('demo-07', 'residence-permit', ['education'])
    expect(filled).toEqual(['school-name'])
    expect(draft.answers['school-name']).toBe('北京示例大学')
    const after = await t.db
      .selectFrom('access_log')
      .selectAll()
      .where('register', '=', 'education')
      .execute()
    expect(after.slice(before.length).map((r) => [r.citizen_id, r.actor_kind, r.purpose])).toEqual([
      ['demo-07', 'prefill', 'prefill for residence-permit'],
    ])
  })
})
