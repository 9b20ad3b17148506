import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { applicablePages, validateSubmission } from './engine'
import { flowSchema } from './flow-schema'
import { summary } from './summary'
import { validateFlow } from './validate-flow'
import { residentIdCheckCharacter } from '../validation/resident-id'

const TODAY = '2026-11-30'
const dir = fileURLToPath(new URL('./examples/', import.meta.url))
const files = readdirSync(dir).filter((name) => name.endsWith('.json'))
const read = (name: string): unknown => JSON.parse(readFileSync(`${dir}${name}`, 'utf8'))
const flowOf = (name: string) => flowSchema.parse(read(name))

/** A valid resident ID for a birth date and sequence, its check digit computed by the module under test's sibling. */
const idFor = (region: string, birth: string, sequence: string) => {
  const first17 = region + birth.replaceAll('-', '') + sequence
  return first17 + residentIdCheckCharacter(first17)
}
const file = (name: string, mediaType = 'application/pdf') => [
  { id: `u-${name}`, name, bytes: 200_000, mediaType },
]

describe('example flows', () => {
  it('finds the examples', () => {
    expect(files).toEqual(expect.arrayContaining(['social-security-card.json', 'birth-registration.json']))
  })

  it.each(files)('%s passes the schema and the cross-checks', (name) => {
    expect(validateFlow(read(name), `src/shared/flow/examples/${name}`)).toEqual([])
  })
})

describe('social security card', () => {
  const flow = flowOf('social-security-card.json')
  const common = {
    'insurance-status': 'employee',
    bank: 'icbc',
    'collection-method': 'counter',
    mobile: '13800138000',
    photo: file('photo.jpg', 'image/jpeg'),
  }
  const self = {
    applicant: 'self',
    'full-name': '王芳',
    'id-number': idFor('440304', '1990-05-17', '002'),
    ...common,
  }
  const child = {
    applicant: 'child',
    'child-name': '王小雨',
    'child-id-number': idFor('440304', '2018-06-01', '004'),
    'child-birth-date': '2018-06-01',
    'relationship-to-child': 'guardian',
    'guardian-name': '王芳',
    'guardian-id-number': idFor('440304', '1990-05-17', '002'),
    ...common,
    'insurance-status': 'none',
    'enrol-now': true,
    'collection-method': 'post',
    'postal-address': { province: '广东省', city: '深圳市', district: '福田区', detail: '福华路1号2栋301' },
    'household-register': file('hukou.pdf'),
    'guardianship-proof': file('guardian.pdf'),
  }
  const pages = (answers: unknown) => applicablePages(flow, answers, { today: TODAY }).map((p) => p.id)

  it('takes the "myself" branch to a valid submission', () => {
    expect(pages(self)).toEqual(['who-for', 'your-details', 'insurance', 'bank', 'collection', 'contact'])
    expect(validateSubmission(flow, self, 'en', { today: TODAY }).errors).toEqual([])
  })

  it('takes the "my child" branch, with enrolment, post and a guardian’s proof', () => {
    expect(pages(child)).toEqual([
      'who-for',
      'child-details',
      'relationship',
      'insurance',
      'enrol',
      'bank',
      'collection',
      'postal-address',
      'contact',
    ])
    expect(validateSubmission(flow, child, 'zh', { today: TODAY }).errors).toEqual([])
    const { 'guardianship-proof': _, ...noProof } = child
    expect(validateSubmission(flow, noProof, 'en', { today: TODAY }).errors.map((e) => e.fieldId)).toEqual([
      'guardianship-proof',
    ])
  })

  it('sends a child who is 16 to apply for themselves', () => {
    const sixteen = {
      ...child,
      'child-birth-date': '2010-11-30',
      'child-id-number': idFor('440304', '2010-11-30', '004'),
    }
    const errors = validateSubmission(flow, sixteen, 'en', { today: TODAY }).errors
    expect(errors.map((e) => e.message)).toEqual([
      'Your child is 16 or over: they must apply for their own card',
    ])
    expect(
      validateSubmission(flow, { ...sixteen, 'child-birth-date': '2010-12-01' }, 'en', { today: TODAY }).ok,
    ).toBe(true)
  })

  it('lists the summary in the flow’s order', () => {
    const rows = summary(flow, self, 'zh', { today: TODAY })
    expect(rows.slice(0, 3).map((r) => r.label)).toEqual(['申领对象', '姓名', '公民身份号码'])
  })
})

describe('birth registration', () => {
  const flow = flowOf('birth-registration.json')
  const married = {
    'applicant-role': 'mother',
    'applicant-name': '李娜',
    'applicant-id-number': idFor('110105', '1992-03-08', '028'),
    'baby-name': '陈安',
    'baby-sex': 'female',
    'baby-birth-date': '2026-11-02',
    'birth-certificate-number': 'Q110123456',
    'birth-hospital': '北京大学第一医院',
    'parents-married': true,
    'other-parent-name': '陈明',
    'other-parent-id-number': idFor('110105', '1990-07-21', '031'),
    'join-household': 'father',
    'household-in-city': true,
    'household-number': '110105012345',
    'head-of-household': '陈明',
    mobile: '13912345678',
    'medical-birth-certificate': file('birth.pdf'),
    'household-register-pages': file('hukou.pdf'),
  }
  const unmarriedElsewhere = {
    ...married,
    'parents-married': false,
    'household-in-city': false,
    'household-address': {
      province: '四川省',
      city: '成都市',
      district: '武侯区',
      street: '玉林街道',
      detail: '玉林北路3号',
    },
    'postal-address': { province: '北京市', city: '北京市', district: '朝阳区', detail: '建国路1号1单元101' },
    'parentage-proof': file('dna.pdf'),
  }
  const pages = (answers: unknown) => applicablePages(flow, answers, { today: TODAY }).map((p) => p.id)

  it('takes the married, same-city branch', () => {
    expect(pages(married)).toEqual([
      'before-you-start',
      'your-role',
      'your-details',
      'baby-details',
      'birth-certificate',
      'marriage',
      'other-parent',
      'household-choice',
      'household-location',
      'household-number',
      'contact',
    ])
    expect(validateSubmission(flow, married, 'en', { today: TODAY }).errors).toEqual([])
  })

  it('takes the unmarried, other-city branch, drops the other parent and needs proof of parentage', () => {
    expect(pages(unmarriedElsewhere)).toEqual([
      'before-you-start',
      'your-role',
      'your-details',
      'baby-details',
      'birth-certificate',
      'marriage',
      'household-choice',
      'household-location',
      'household-elsewhere',
      'contact',
    ])
    const result = validateSubmission(flow, unmarriedElsewhere, 'en', { today: TODAY })
    expect(result.errors).toEqual([])
    expect(result.answers).not.toHaveProperty('other-parent-name')
    expect(result.answers).not.toHaveProperty('household-number')
    const { 'parentage-proof': _, ...noProof } = unmarriedElsewhere
    expect(validateSubmission(flow, noProof, 'en', { today: TODAY }).errors.map((e) => e.fieldId)).toEqual([
      'parentage-proof',
    ])
    expect(
      validateSubmission(flow, { ...noProof, 'join-household': 'mother' }, 'en', { today: TODAY }).ok,
    ).toBe(true)
  })

  it('turns away a child over a year old, with a way forward', () => {
    const late = validateSubmission(flow, { ...married, 'baby-birth-date': '2025-11-29' }, 'zh', {
      today: TODAY,
    })
    expect(late.errors.map((e) => e.message)).toEqual(['孩子已满1周岁，请到窗口办理补录户口'])
  })
})
