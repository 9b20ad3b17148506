import { describe, expect, it } from 'vitest'
import { checkField, documentField } from './field-check'
import { fieldSchema, type Field } from './flow-schema'
import { problemMessage } from './messages'
import { TODAY, branchingFlow } from './testing/branching-flow'

const label = { zh: '测试', en: 'Test answer' }
const field = (spec: Record<string, unknown>): Field => fieldSchema.parse({ id: 'q', label, ...spec })
const code = (f: Field, value: unknown) => {
  const result = checkField(f, value, TODAY)
  return result.ok ? 'ok' : result.problems.map((p) => (p.part ? `${p.code}:${p.part}` : p.code)).join(',')
}
const value = (f: Field, v: unknown) => {
  const result = checkField(f, v, TODAY)
  if (!result.ok)
    throw new Error(`expected ${JSON.stringify(v)} to be valid: ${JSON.stringify(result.problems)}`)
  return result.value
}

const options = [
  { value: 'a', label: { zh: '甲', en: 'A' } },
  { value: 'b', label: { zh: '乙', en: 'B' } },
  { value: 'c', label: { zh: '丙', en: 'C' } },
]

const cases: {
  type: string
  spec?: Record<string, unknown>
  good: [unknown, unknown][]
  bad: [unknown, string][]
}[] = [
  {
    type: 'text',
    spec: { minLength: 2, maxLength: 5 },
    good: [
      [' 张伟 ', '张伟'],
      ['abcde', 'abcde'],
      ['𠀀𠀁', '𠀀𠀁'],
    ],
    bad: [
      [undefined, 'required'],
      ['   ', 'required'],
      ['a', 'too-short'],
      ['abcdef', 'too-long'],
      [12, 'wrong-type'],
      [{ a: 1 }, 'wrong-type'],
    ],
  },
  {
    type: 'long-text',
    good: [['a'.repeat(2000), 'a'.repeat(2000)]],
    bad: [
      ['a'.repeat(2001), 'too-long'],
      [['x'], 'wrong-type'],
    ],
  },
  {
    type: 'number',
    spec: { min: 0, max: 100, integer: true },
    good: [
      [0, 0],
      ['42', 42],
      [' 1,00 ', 100],
      ['７', 7],
    ],
    bad: [
      ['abc', 'not-number'],
      ['1e3', 'not-number'],
      [Number.NaN, 'not-number'],
      [1.5, 'not-integer'],
      [-1, 'too-small'],
      [101, 'too-large'],
      [true, 'wrong-type'],
    ],
  },
  {
    type: 'date',
    spec: { time: 'past', min: '1900-01-01' },
    good: [
      ['1990-1-2', '1990-01-02'],
      ['2026-11-29', '2026-11-29'],
    ],
    bad: [
      [TODAY, 'date-not-past'],
      ['2026-02-30', 'date-not-real'],
      ['30/02/2026', 'date-format'],
      ['1899-12-31', 'date-before-min'],
      [19900102, 'wrong-type'],
    ],
  },
  {
    type: 'single-choice',
    spec: { options },
    good: [['b', 'b']],
    bad: [
      ['d', 'not-an-option'],
      [['a'], 'wrong-type'],
      ['', 'required'],
    ],
  },
  {
    type: 'multiple-choice',
    spec: { options, minSelected: 1, maxSelected: 2 },
    good: [
      [
        ['c', 'a', 'c'],
        ['a', 'c'],
      ],
      [['b'], ['b']],
    ],
    bad: [
      [[], 'required'],
      [['a', 'b', 'c'], 'too-many-selected'],
      [['a', 'z'], 'not-an-option'],
      [['a', 1], 'not-an-option'],
      ['a', 'wrong-type'],
    ],
  },
  {
    type: 'yes-no',
    good: [
      [true, true],
      [false, false],
      ['yes', true],
      ['no', false],
    ],
    bad: [
      ['maybe', 'wrong-type'],
      [1, 'wrong-type'],
      [null, 'required'],
    ],
  },
  {
    type: 'resident-id',
    good: [['11010519491231002x', '11010519491231002X']],
    bad: [
      ['11010519491231002', 'id-length'],
      ['110105194912310021', 'id-check-digit'],
      ['110105202302300011', 'id-birth-date'],
      ['01010519491231002X', 'id-region'],
      [11010519491231002, 'wrong-type'],
    ],
  },
  {
    type: 'mobile',
    good: [['+86 139-0013-9000', '13900139000']],
    bad: [
      ['1390013900', 'mobile-length'],
      ['12900139000', 'mobile-prefix'],
      ['139OO139000', 'mobile-format'],
    ],
  },
  {
    type: 'email',
    good: [[' a@b.cn ', 'a@b.cn']],
    bad: [
      ['a@b', 'email-format'],
      [5, 'wrong-type'],
    ],
  },
  {
    type: 'address',
    good: [
      [
        { province: ' 广东省', city: '深圳市', district: '南山区', detail: '科技园1号', extra: 'dropped' },
        { province: '广东省', city: '深圳市', district: '南山区', detail: '科技园1号' },
      ],
    ],
    bad: [
      [{ province: '广东省', city: '深圳市' }, 'address-part-missing:district,address-part-missing:detail'],
      [{ province: '广东省', city: 5, district: '南山区', detail: 'x' }, 'wrong-type:city'],
      [
        { province: '广东省', city: '深圳市', district: '南山区', detail: 'x'.repeat(101) },
        'address-part-too-long:detail',
      ],
      ['广东省深圳市', 'wrong-type'],
      [{}, 'required'],
    ],
  },
  {
    type: 'file',
    spec: { accept: ['image/jpeg'], maxBytes: 1024 * 1024, maxFiles: 2 },
    good: [
      [
        [{ id: 'u1', name: ' a.jpg ', bytes: 10, mediaType: 'image/jpeg', extra: 1 }],
        [{ id: 'u1', name: 'a.jpg', bytes: 10, mediaType: 'image/jpeg' }],
      ],
    ],
    bad: [
      [[{ id: 'u1', name: 'a.pdf', bytes: 10, mediaType: 'application/pdf' }], 'file-type'],
      [[{ id: 'u1', name: 'a.jpg', bytes: 2 * 1024 * 1024, mediaType: 'image/jpeg' }], 'file-too-big'],
      [Array(3).fill({ id: 'u1', name: 'a.jpg', bytes: 10, mediaType: 'image/jpeg' }), 'too-many-files'],
      [[{ id: 'u1', name: 'a.jpg', bytes: -1, mediaType: 'image/jpeg' }], 'file-invalid'],
      [['a.jpg'], 'file-invalid'],
      [{ id: 'u1' }, 'wrong-type'],
      [[], 'required'],
    ],
  },
]

describe('checkField', () => {
  for (const { type, spec, good, bad } of cases) {
    describe(type, () => {
      it.each(good)('accepts %j as %j', (input, normalised) => {
        expect(value(field({ type, ...spec }), input)).toEqual(normalised)
      })
      it.each(bad)('rejects %j as %s', (input, expected) => {
        expect(code(field({ type, ...spec }), input)).toBe(expected)
      })
    })
  }

  it('lets an optional question be left blank, but checks it when answered', () => {
    const optional = field({ type: 'mobile', required: false })
    expect(checkField(optional, '', TODAY)).toEqual({ ok: true, value: undefined })
    expect(code(optional, '123')).toBe('mobile-length')
  })

  it('checks documents like file questions', () => {
    const document = branchingFlow.documents[0]!
    expect(code(documentField(document), undefined)).toBe('required')
    expect(
      code(documentField(document), [{ id: 'u', name: 'x.png', bytes: 1, mediaType: 'image/png' }]),
    ).toBe('file-type')
  })
})

describe('problemMessage', () => {
  const dateOfBirth = branchingFlow.pages[1]!.fields[2]!
  const msg = (f: Field, v: unknown, language: 'zh' | 'en') => {
    const result = checkField(f, v, TODAY)
    return result.ok ? 'ok' : result.problems.map((p) => problemMessage(f, p, language)).join(' | ')
  }

  it('says how to fix it, in both languages, naming the question', () => {
    expect(msg(dateOfBirth, '2027-01-01', 'en')).toBe('Enter a date of birth in the past')
    expect(msg(dateOfBirth, '2027-01-01', 'zh')).toBe('请输入过去的出生日期')
    expect(msg(dateOfBirth, '', 'en')).toBe('Enter a date of birth')
    expect(msg(dateOfBirth, '1899-01-01', 'en')).toBe(
      'A date of birth must be the same as or after 1 January 1900',
    )
    expect(msg(dateOfBirth, '1899-01-01', 'zh')).toBe('出生日期不能早于1900年1月1日')
  })

  it('uses the lower-cased label, keeps acronyms, and picks the verb by field type', () => {
    const [mobile, , wantsPost, address] = branchingFlow.pages[3]!.fields
    expect(msg(mobile!, '', 'en')).toBe('Enter mobile number')
    expect(msg(mobile!, '12345678901', 'en')).toBe(
      'Enter mobile number starting with 13 to 19, like 138 0013 8000',
    )
    expect(msg(branchingFlow.pages[1]!.fields[1]!, '110105194912310021', 'en')).toMatch(/^Check ID number: /)
    expect(msg(branchingFlow.pages[0]!.fields[0]!, undefined, 'zh')).toBe('请选择申请对象')
    expect(msg(wantsPost!, undefined, 'en')).toBe('Select yes or no')
    expect(msg(address!, { province: '北京市', city: '北京市' }, 'zh')).toBe(
      '请输入邮寄地址的区（县） | 请输入邮寄地址的详细地址',
    )
    expect(msg(photoField, [jpegTooBig], 'en')).toBe('Each file for photo must be smaller than 2 MB')
  })

  it('prefers the field’s own message for a code', () => {
    const own = field({
      type: 'text',
      messages: { required: { zh: '请告诉我们您的姓名', en: 'Tell us your name' } },
    })
    expect(msg(own, '', 'en')).toBe('Tell us your name')
    expect(msg(own, '', 'zh')).toBe('请告诉我们您的姓名')
  })
})

const photoField = branchingFlow.pages.find((p) => p.id === 'photo-page')!.fields[0]!
const jpegTooBig = { id: 'u', name: 'big.jpg', bytes: 3 * 1024 * 1024, mediaType: 'image/jpeg' }
