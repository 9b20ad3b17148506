import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { validateHall, type SceneSource } from '../scene/validate-hall'
import { residentIdCheckCharacter } from '../validation/resident-id'
import type { Answers } from './answers'
import { applicablePages, countingAnswers, nextPage, previousPage, validateSubmission } from './engine'
import type { Flow } from './flow-schema'

/**
 * The service flows in scenes/city-centre, loaded the way the server loads them (through validateHall),
 * each walked down every branch to a valid submission.
 */

const TODAY = '2026-11-30'
const at = { today: TODAY }
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const servicesDir = 'scenes/city-centre/services'
const read = (file: string): SceneSource => ({
  file,
  data: JSON.parse(readFileSync(repoRoot + file, 'utf8')) as unknown,
})
const hall = validateHall(
  read('scenes/city-centre/hall.json'),
  readdirSync(repoRoot + servicesDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => read(`${servicesDir}/${name}`)),
)

function flowOf(serviceId: string): Flow {
  const flow = hall.services.find((s) => s.id === serviceId)?.flow
  if (!flow) throw new Error(`${serviceId} has no flow`)
  return flow
}

/** A valid resident ID for a region, birth date and sequence, with its GB 11643 check character. */
function idFor(region: string, birth: string, sequence: string): string {
  const first17 = region + birth.replaceAll('-', '') + sequence
  return first17 + (residentIdCheckCharacter(first17) ?? '?')
}

/** An attachment as the attachment store would report it. */
const file = (name: string, mediaType = 'application/pdf', bytes = 200_000) => [
  { id: `u-${name}`, name, bytes, mediaType },
]

/** The answers without some ids, as a citizen who never saw those questions would send them. */
function omit(answers: Answers, ...ids: string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)))
}

const pageIds = (flow: Flow, answers: Answers) => applicablePages(flow, answers, at).map((p) => p.id)

/**
 * Checks one branch: exactly these pages apply, Continue walks through them in order and Back walks
 * them in reverse, and the answers make a valid submission in both languages.
 */
function expectBranch(flow: Flow, answers: Answers, pages: string[]): void {
  expect(pageIds(flow, answers)).toEqual(pages)
  const forward: string[] = []
  for (let id = nextPage(flow, answers, null, at); id !== null; id = nextPage(flow, answers, id, at))
    forward.push(id)
  expect(forward).toEqual(pages)
  const backward: string[] = []
  for (let id = previousPage(flow, answers, null, at); id !== null; id = previousPage(flow, answers, id, at))
    backward.push(id)
  expect(backward).toEqual([...pages].reverse())
  expect(pages.length).toBeGreaterThanOrEqual(4)
  expect(pages.length).toBeLessThanOrEqual(8)
  for (const language of ['zh', 'en'] as const)
    expect(validateSubmission(flow, answers, language, at).errors).toEqual([])
}

/**
 * Answers left over from another branch (a citizen who went down it, then came back and changed their
 * mind) must not count: `dropped` are not in the submission, which stays valid.
 */
function expectLeftoversDropped(flow: Flow, answers: Answers, leftovers: Answers, dropped: string[]): void {
  const mixed = { ...leftovers, ...answers }
  const counting = countingAnswers(flow, mixed, at)
  for (const id of dropped) {
    expect(Object.hasOwn(mixed, id), `${id} is in the mixed answers`).toBe(true)
    expect(counting, `${id} must be dropped`).not.toHaveProperty(id)
  }
  // They change nothing else either: the same as if they had never been given.
  expect(counting).toEqual(countingAnswers(flow, omit(mixed, ...dropped), at))
  expect(validateSubmission(flow, mixed, 'en', at)).toMatchObject({ ok: true, answers: counting })
}

/** The error messages a submission gets, in order. */
const messages = (flow: Flow, answers: Answers, language: 'zh' | 'en' = 'en') =>
  validateSubmission(flow, answers, language, at).errors.map((e) => e.message)

const address = {
  province: '广东省',
  city: '深圳市',
  district: '福田区',
  street: '华富街道',
  detail: '福华路1号2栋301',
}

describe('the city-centre hall', () => {
  it('has at least six services with flows, in at least four departments', () => {
    const withFlows = hall.services.filter((s) => s.flow)
    expect(withFlows.length).toBeGreaterThanOrEqual(6)
    expect(new Set(withFlows.map((s) => s.departmentId)).size).toBeGreaterThanOrEqual(4)
  })
})

describe('social security card', () => {
  const flow = flowOf('social-security-card')
  const self: Answers = {
    applicant: 'self',
    'full-name': '王芳',
    'id-number': idFor('440304', '1990-05-17', '002'),
    mobile: '13800138000',
    'insurance-status': 'employee',
    bank: 'icbc',
    'collection-method': 'counter',
    photo: file('photo.jpg', 'image/jpeg'),
  }
  const child: Answers = {
    ...omit(self, 'insurance-status'),
    applicant: 'child',
    'child-name': '王小雨',
    'child-id-number': idFor('440304', '2018-06-01', '004'),
    'child-birth-date': '2018-06-01',
    'relationship-to-child': 'guardian',
    'child-insurance-status': 'none',
    'enrol-now': true,
    'collection-method': 'post',
    'postal-address': address,
    'household-register': file('hukou.pdf'),
    'guardianship-proof': file('guardian.pdf'),
  }

  it('applies for yourself, collecting at a counter', () => {
    expectBranch(flow, self, ['who-for', 'your-details', 'insurance', 'bank', 'collection'])
  })

  it('applies for a child as a guardian, enrolling and by post', () => {
    expectBranch(flow, child, [
      'who-for',
      'your-details',
      'child-details',
      'insurance',
      'enrol',
      'bank',
      'collection',
      'postal-address',
    ])
  })

  it('asks the enrolment question of an uninsured adult too', () => {
    expect(pageIds(flow, { ...self, 'insurance-status': 'none' })).toContain('enrol')
    expect(messages(flow, { ...self, 'insurance-status': 'none' })).toEqual([
      'Select yes if you want to enrol in resident medical insurance now',
    ])
  })

  it('drops the child’s answers and documents for yourself, and your own insurance for a child', () => {
    expectLeftoversDropped(flow, self, child, [
      'child-name',
      'child-id-number',
      'child-insurance-status',
      'enrol-now',
      'postal-address',
      'household-register',
      'guardianship-proof',
    ])
    expectLeftoversDropped(flow, child, { ...self, 'insurance-status': 'resident' }, ['insurance-status'])
  })

  it('needs proof of guardianship only from a guardian who is not a parent', () => {
    const { 'guardianship-proof': _, ...noProof } = child
    expect(validateSubmission(flow, noProof, 'en', at).errors.map((e) => e.fieldId)).toEqual([
      'guardianship-proof',
    ])
    expect(validateSubmission(flow, { ...noProof, 'relationship-to-child': 'mother' }, 'en', at).ok).toBe(
      true,
    )
  })

  it('sends a child of 16 to apply for themselves', () => {
    const sixteen = {
      ...child,
      'child-birth-date': '2010-11-30',
      'child-id-number': idFor('440304', '2010-11-30', '004'),
    }
    expect(messages(flow, sixteen)).toEqual(['Your child is 16 or over: they must apply for their own card'])
    expect(messages(flow, sixteen, 'zh')).toEqual(['孩子已满16周岁，请由孩子本人申领'])
  })
})

describe('birth registration', () => {
  const flow = flowOf('birth-registration')
  const married: Answers = {
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
    'household-register-pages': [...file('hukou-1.jpg', 'image/jpeg'), ...file('hukou-2.jpg', 'image/jpeg')],
  }
  const unmarriedElsewhere: Answers = {
    ...omit(married, 'other-parent-name', 'other-parent-id-number', 'household-number', 'head-of-household'),
    'parents-married': false,
    'household-in-city': false,
    'household-address': { province: '四川省', city: '成都市', district: '武侯区', detail: '玉林北路3号' },
    'postal-address': { province: '北京市', city: '北京市', district: '朝阳区', detail: '建国路1号1单元101' },
    'parentage-proof': file('dna.pdf'),
  }

  it('registers a child of married parents in a household in this city', () => {
    expectBranch(flow, married, [
      'your-details',
      'baby-details',
      'birth-certificate',
      'marriage',
      'other-parent',
      'household',
      'household-number',
      'contact',
    ])
  })

  it('registers a child of unmarried parents in a household elsewhere, with proof of parentage', () => {
    expectBranch(flow, unmarriedElsewhere, [
      'your-details',
      'baby-details',
      'birth-certificate',
      'marriage',
      'household',
      'household-elsewhere',
      'contact',
    ])
    const { 'parentage-proof': _, ...noProof } = unmarriedElsewhere
    expect(validateSubmission(flow, noProof, 'en', at).errors.map((e) => e.fieldId)).toEqual([
      'parentage-proof',
    ])
    expect(validateSubmission(flow, { ...noProof, 'join-household': 'mother' }, 'en', at).ok).toBe(true)
  })

  it('drops the other branch’s pages', () => {
    expectLeftoversDropped(flow, unmarriedElsewhere, married, [
      'other-parent-name',
      'other-parent-id-number',
      'household-number',
      'head-of-household',
    ])
    expectLeftoversDropped(flow, married, unmarriedElsewhere, [
      'household-address',
      'postal-address',
      'parentage-proof',
    ])
  })

  it('turns away a child over a year old, with a way forward, and checks the certificate number', () => {
    expect(messages(flow, { ...married, 'baby-birth-date': '2025-11-29' }, 'zh')).toEqual([
      '孩子已满1周岁，请到窗口办理补录户口',
    ])
    expect(messages(flow, { ...married, 'birth-certificate-number': 'Q1101' })).toEqual([
      'Enter the birth certificate number as a letter and 9 digits',
    ])
  })
})

describe('residence permit', () => {
  const flow = flowOf('residence-permit')
  const base: Answers = {
    'full-name': '赵磊',
    'id-number': idFor('510107', '1995-09-23', '015'),
    mobile: '13612345678',
    'registered-address': { province: '四川省', city: '成都市', district: '武侯区', detail: '玉林北路3号' },
    'current-address': address,
    'living-since': '2025-03-01',
    photo: file('photo.png', 'image/png'),
  }
  const employed: Answers = {
    ...base,
    'housing-type': 'rent',
    reason: 'employment',
    'employer-name': '深圳市星河科技有限公司',
    'employer-credit-code': '91440300MA5DXXXX1K',
    'employed-since': '2024-07-01',
    'tenancy-contract': file('lease.pdf'),
    'employment-contract': file('contract.pdf'),
  }
  const business: Answers = {
    ...base,
    'housing-type': 'own',
    reason: 'business',
    'business-name': '福田区赵记小吃店',
    'business-credit-code': '92440300MA5EYYYY2L',
    'business-role': 'owner',
    'ownership-proof': file('deed.pdf'),
    'business-licence': file('licence.jpg', 'image/jpeg'),
  }
  const student: Answers = {
    ...base,
    'housing-type': 'employer',
    reason: 'study',
    'school-name': '深圳大学',
    'student-number': '2025080123',
    'expected-graduation': '2029-06-30',
    'accommodation-proof': file('dorm.pdf'),
    'enrolment-proof': file('enrolment.pdf'),
  }
  const common = ['your-details', 'registered-address', 'current-address', 'reason']

  it('takes each reason to its own page and documents', () => {
    expectBranch(flow, employed, [...common, 'employment'])
    expectBranch(flow, business, [...common, 'business'])
    expectBranch(flow, student, [...common, 'study'])
  })

  it('drops the other reasons’ answers and documents', () => {
    const everything = { ...employed, ...business, ...student }
    expectLeftoversDropped(flow, employed, everything, [
      'business-name',
      'school-name',
      'ownership-proof',
      'business-licence',
      'accommodation-proof',
      'enrolment-proof',
    ])
    expectLeftoversDropped(flow, student, everything, [
      'employer-name',
      'business-credit-code',
      'tenancy-contract',
      'employment-contract',
    ])
  })

  it('asks for the document that proves each kind of home', () => {
    const { 'tenancy-contract': _, ...noLease } = employed
    expect(validateSubmission(flow, noLease, 'en', at).errors.map((e) => e.fieldId)).toEqual([
      'tenancy-contract',
    ])
    const relatives = { ...noLease, 'housing-type': 'relatives' }
    expect(validateSubmission(flow, relatives, 'en', at).errors.map((e) => e.fieldId)).toEqual([
      'accommodation-proof',
    ])
  })

  it('asks people who moved in under six months ago to apply later', () => {
    expect(messages(flow, { ...employed, 'living-since': '2026-08-01' })).toEqual([
      'You must have lived here for 6 months before you can apply: apply again once you have',
    ])
    expect(messages(flow, { ...employed, 'employer-credit-code': '9144' }, 'zh')).toEqual([
      '统一社会信用代码应为18位，见营业执照',
    ])
  })
})

describe('senior citizen card', () => {
  const flow = flowOf('senior-citizen-card')
  const local: Answers = {
    'full-name': '张桂兰',
    'id-number': idFor('440304', '1958-04-12', '026'),
    'birth-date': '1958-04-12',
    'local-household': true,
    'photo-source': 'id-photo',
    'collection-method': 'counter',
    mobile: '13712345678',
    'id-card': [...file('id-front.jpg', 'image/jpeg'), ...file('id-back.jpg', 'image/jpeg')],
  }
  const fromElsewhere: Answers = {
    ...local,
    'local-household': false,
    'permit-valid-until': '2027-05-31',
    'photo-source': 'upload',
    photo: file('face.jpg', 'image/jpeg'),
    'collection-method': 'post',
    'postal-address': address,
    'residence-permit-copy': file('permit.pdf'),
  }

  it('serves a local resident with the ID card photo, collecting in person', () => {
    expectBranch(flow, local, ['your-details', 'residence', 'photo', 'collection', 'contact'])
  })

  it('serves a resident from elsewhere with a residence permit, a new photo and the card by post', () => {
    expectBranch(flow, fromElsewhere, [
      'your-details',
      'residence',
      'residence-permit',
      'photo',
      'photo-upload',
      'collection',
      'postal-address',
      'contact',
    ])
  })

  it('drops the permit, photo and address for a local resident collecting in person', () => {
    expectLeftoversDropped(flow, local, fromElsewhere, [
      'permit-valid-until',
      'photo',
      'postal-address',
      'residence-permit-copy',
    ])
  })

  it('checks the age, the permit and the photo with messages that say what to do', () => {
    expect(messages(flow, { ...local, 'birth-date': '1970-01-01' })).toEqual([
      'You must be 60 or over to get a senior citizen card',
    ])
    expect(messages(flow, { ...local, 'birth-date': '1966-12-01' }, 'zh')).toEqual([
      '须年满60周岁才能申领老年人优待证',
    ])
    expect(validateSubmission(flow, { ...local, 'birth-date': '1966-11-30' }, 'en', at).ok).toBe(true)
    expect(messages(flow, { ...fromElsewhere, 'permit-valid-until': '2026-11-29' })).toEqual([
      'Your residence permit has run out: renew it first, then apply',
    ])
    expect(
      validateSubmission(
        flow,
        { ...fromElsewhere, photo: file('face.png', 'image/png', 3_000_000) },
        'en',
        at,
      ).errors.map((e) => [e.fieldId, e.code]),
    ).toEqual([['photo', 'file-too-big']])
  })
})

describe('housing fund withdrawal', () => {
  const flow = flowOf('housing-fund-withdrawal')
  const base: Answers = {
    'full-name': '刘洋',
    'id-number': idFor('440305', '1988-02-14', '013'),
    'account-number': '440300123456',
    mobile: '13512345678',
    bank: 'ccb',
    'bank-card-number': '6217000012345678901',
  }
  const purchase: Answers = {
    ...base,
    'withdrawal-reason': 'purchase',
    'property-address': address,
    'property-certificate-number': '不动产权第0123456号',
    'purchase-date': '2026-05-20',
    owners: ['spouse', 'self'],
    amount: '120000',
    'purchase-contract': [...file('contract.pdf'), ...file('receipt.pdf')],
    'marriage-certificate': file('marriage.jpg', 'image/jpeg'),
  }
  const rent: Answers = {
    ...base,
    'withdrawal-reason': 'rent',
    'rent-address': address,
    'monthly-rent': 3500,
    'lease-registered': false,
    amount: 21000,
    'tenancy-contract': file('lease.pdf'),
  }
  const retirement: Answers = {
    ...base,
    'withdrawal-reason': 'retirement',
    'retirement-date': '2026-03-01',
  }

  it('withdraws for a purchase, a rent or a retirement, each with its own pages', () => {
    expectBranch(flow, purchase, ['your-details', 'reason', 'purchase-home', 'owners', 'amount', 'bank'])
    expectBranch(flow, rent, ['your-details', 'reason', 'rent', 'amount', 'bank'])
    expectBranch(flow, retirement, ['your-details', 'reason', 'retirement', 'bank'])
  })

  it('pays out the whole balance on retirement, dropping any amount typed before', () => {
    expectLeftoversDropped(flow, retirement, { ...purchase, ...rent }, [
      'amount',
      'owners',
      'monthly-rent',
      'purchase-contract',
      'tenancy-contract',
    ])
    expectLeftoversDropped(flow, rent, purchase, ['property-address', 'owners', 'marriage-certificate'])
  })

  it('stores the amount as a number, within its limits', () => {
    expect(validateSubmission(flow, purchase, 'en', at).answers).toMatchObject({
      amount: 120000,
      owners: ['self', 'spouse'],
    })
    expect(messages(flow, { ...rent, amount: 50 })).toEqual(['Withdraw at least 100 yuan'])
    expect(messages(flow, { ...rent, amount: '2000000' })).toEqual(['The amount must be 1000000 or less'])
    expect(messages(flow, { ...rent, 'monthly-rent': 'about 3000' }, 'zh')).toEqual(['月租金必须是数字'])
  })

  it('asks for the documents each answer needs', () => {
    const parents = { ...omit(purchase, 'marriage-certificate'), owners: ['parents'] }
    expect(validateSubmission(flow, parents, 'en', at).errors.map((e) => e.fieldId)).toEqual([
      'kinship-proof',
    ])
    expect(
      validateSubmission(flow, { ...rent, 'tenancy-contract': [], 'lease-registered': true }, 'en', at).ok,
    ).toBe(true)
    expect(messages(flow, { ...purchase, 'purchase-date': '2025-11-29' })).toEqual([
      'You can only withdraw for a home bought in the last 12 months: ask at a counter about withdrawing to repay a loan',
    ])
  })
})

describe('marriage registration appointment', () => {
  const flow = flowOf('marriage-registration')
  const firstMarriage: Answers = {
    'full-name': '周杰',
    'id-number': idFor('440304', '1994-10-08', '017'),
    mobile: '13312345678',
    email: 'zhoujie@example.com',
    'you-married-before': false,
    'partner-name': '林晓',
    'partner-id-number': idFor('440303', '1996-01-20', '024'),
    'partner-mobile': '138 0013 8000',
    'partner-married-before': false,
    registry: 'city-centre',
    'appointment-date': '2027-01-15',
  }
  const bothBefore: Answers = {
    ...omit(firstMarriage, 'email'),
    'you-married-before': true,
    'you-previous-end': 'divorced',
    'you-previous-end-date': '2019-08-15',
    'partner-married-before': true,
    'partner-previous-end': 'widowed',
    'partner-previous-end-date': '2021-04-02',
    'support-needs': '女方使用轮椅，请安排无障碍通道。',
    'you-divorce-proof': file('divorce.pdf'),
    'partner-death-proof': file('death.pdf'),
    'joint-photo': file('photo.jpg', 'image/jpeg'),
  }

  it('books for two people marrying for the first time', () => {
    expectBranch(flow, firstMarriage, [
      'your-details',
      'you-status',
      'partner-details',
      'partner-status',
      'appointment',
      'support',
    ])
  })

  it('asks how each earlier marriage ended and for its certificate', () => {
    expectBranch(flow, bothBefore, [
      'your-details',
      'you-status',
      'you-previous',
      'partner-details',
      'partner-status',
      'partner-previous',
      'appointment',
      'support',
    ])
    const { 'you-divorce-proof': _, ...noDivorce } = bothBefore
    expect(validateSubmission(flow, noDivorce, 'en', at).errors.map((e) => e.fieldId)).toEqual([
      'you-divorce-proof',
    ])
    const swapped = { ...noDivorce, 'you-previous-end': 'widowed', 'partner-previous-end': 'divorced' }
    expect(validateSubmission(flow, swapped, 'en', at).errors.map((e) => e.fieldId)).toEqual([
      'you-death-proof',
      'partner-divorce-proof',
    ])
  })

  it('drops the earlier-marriage answers and certificates once both say no', () => {
    expectLeftoversDropped(flow, firstMarriage, bothBefore, [
      'you-previous-end',
      'you-previous-end-date',
      'partner-previous-end',
      'you-divorce-proof',
      'partner-death-proof',
    ])
  })

  it('books a date in the next three months only', () => {
    expect(messages(flow, { ...firstMarriage, 'appointment-date': TODAY })).toEqual([
      'Choose a date from tomorrow onwards',
    ])
    expect(messages(flow, { ...firstMarriage, 'appointment-date': '2027-03-01' }, 'zh')).toEqual([
      '只能预约3个月内的日期',
    ])
    expect(
      validateSubmission(flow, { ...firstMarriage, 'appointment-date': '2027-02-28' }, 'en', at).ok,
    ).toBe(true)
  })
})
