import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LANGUAGES, type LocalizedText } from '../scene/localized'
import { residentIdCheckCharacter } from '../validation/resident-id'
import { flowSchema, REGISTERS, type Field, type FieldType, type Flow } from './flow-schema'
import { prefillPlan } from './prefill'
import { summary } from './summary'
import { validateFlow } from './validate-flow'

/**
 * The flows in scenes/ are the format's worked examples: each file is checked on its own (as an editor's
 * tool would, with the path inside the service file), and together they must show every field type and
 * keep to the GOV.UK content rules the issue asks for. Branch walks are in scene-flows.test.ts.
 */

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const servicesDir = 'scenes/city-centre/services'
const withFlows = readdirSync(repoRoot + servicesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const file = `${servicesDir}/${name}`
    const data = JSON.parse(readFileSync(repoRoot + file, 'utf8')) as { id: string; flow?: unknown }
    return { file, id: data.id, raw: data.flow }
  })
  .filter((s) => s.raw !== undefined)
const flows = withFlows.map((s) => ({ ...s, flow: flowSchema.parse(s.raw) }))

const fieldsOf = (flow: Flow): Field[] => flow.pages.flatMap((p) => p.fields)

/** Every localized text in a flow, found by shape so that none is missed. */
function texts(value: unknown): LocalizedText[] {
  if (Array.isArray(value)) return value.flatMap(texts)
  if (!value || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  if (typeof record.zh === 'string' && typeof record.en === 'string') return [record as LocalizedText]
  return Object.values(record).flatMap(texts)
}

describe('scene flows as written', () => {
  it('finds the flows', () => {
    expect(flows.map((s) => s.id)).toEqual(
      expect.arrayContaining(['social-security-card', 'birth-registration', 'marriage-registration']),
    )
  })

  it.each(withFlows)('$file passes the schema and the cross-checks', ({ file, raw }) => {
    expect(validateFlow(raw, file, 'flow')).toEqual([])
  })

  it('uses every field type between them, file questions included', () => {
    const used = new Set<FieldType>(flows.flatMap(({ flow }) => fieldsOf(flow).map((f) => f.type)))
    const all: FieldType[] = [
      'text',
      'long-text',
      'number',
      'date',
      'single-choice',
      'multiple-choice',
      'yes-no',
      'resident-id',
      'mobile',
      'address',
      'email',
      'file',
    ]
    expect([...used].sort()).toEqual([...all].sort())
  })

  it.each(flows)('$id has a declaration, documents with limits, and text in both languages', ({ flow }) => {
    expect(flow.documents.length).toBeGreaterThan(0)
    for (const document of flow.documents) {
      expect(document.accept.length, document.id).toBeGreaterThan(0)
      expect(document.maxBytes, document.id).toBeLessThanOrEqual(10 * 1024 * 1024)
    }
    for (const language of LANGUAGES) {
      expect(flow.declaration.text[language].length).toBeGreaterThan(20)
      expect(flow.declaration.confirm[language].length).toBeGreaterThan(0)
    }
    for (const text of texts(flow)) {
      expect(text.zh, text.en).toMatch(/[\u4e00-\u9fff]/)
      expect(text.en, text.zh).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/)
    }
  })

  it.each(flows)('$id follows the GOV.UK question rules', ({ flow }) => {
    for (const field of fieldsOf(flow)) {
      // "Select yes if ...": a bare "Select yes or no" does not say what the question was.
      if (field.type === 'yes-no') expect(field.messages?.required, field.id).toBeDefined()
      // A date question shows the format it wants.
      if (field.type === 'date') expect(field.hint?.en, field.id).toMatch(/\d{4}-\d{2}-\d{2}/)
      // An optional question says so in its label.
      if (!field.required) expect(field.label.en, field.id).toMatch(/\(optional\)/)
    }
    for (const page of flow.pages) expect(page.fields.length, page.id).toBeLessThanOrEqual(4)
  })

  it('pre-fills from registers, each named in REGISTERS, and shows the plan per register', () => {
    const registers = new Set(flows.flatMap(({ flow }) => prefillPlan(flow).map((g) => g.register)))
    expect(registers.size).toBeGreaterThanOrEqual(6)
    for (const register of registers) expect(REGISTERS).toContain(register)
    for (const { flow, id } of flows) expect(prefillPlan(flow).length, id).toBeGreaterThan(0)

    const card = flows.find((s) => s.id === 'social-security-card')?.flow
    if (!card) throw new Error('social-security-card has no flow')
    expect(
      prefillPlan(card).map((g) => [g.register, g.fields.map((f) => `${f.fieldId}<-${f.registerField}`)]),
    ).toEqual([
      ['population', ['full-name<-name', 'id-number<-idNumber']],
      ['social-security', ['mobile<-mobile', 'insurance-status<-insuranceStatus']],
      ['household', ['postal-address<-address']],
    ])
  })

  it('lists Check your answers in the order the flow gives', () => {
    const card = flows.find((s) => s.id === 'social-security-card')?.flow
    if (!card) throw new Error('social-security-card has no flow')
    const first17 = '44030419900517002'
    const answers = {
      applicant: 'self',
      'full-name': '王芳',
      'id-number': first17 + (residentIdCheckCharacter(first17) ?? ''),
      mobile: '13800138000',
    }
    const rows = summary(card, answers, 'zh', { today: '2026-11-30' })
    expect(rows.slice(0, 3).map((r) => r.label)).toEqual(['申领对象', '姓名', '公民身份号码'])
  })
})
