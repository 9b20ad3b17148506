import { describe, expect, it } from 'vitest'
import { branchingFlow, childAnswers, selfAnswers, TODAY } from '../../../shared/flow/testing/branching-flow'
import { questionPageViewModel, type FormContext } from '../../forms/form-view-model'
import {
  answerFromBox,
  continuePage,
  dateBoxText,
  dateFromTyped,
  resumeInVr,
  stepOfHref,
  submitBlockers,
  toggleOption,
  uploadIds,
} from './xr-form-flow'

const options = { today: TODAY }

function context(overrides: Partial<FormContext> = {}): FormContext {
  return {
    serviceId: 'card',
    hallId: 'city-centre',
    flow: branchingFlow,
    answers: {},
    language: 'en',
    errors: [],
    prefilled: {},
    options,
    ...overrides,
  }
}

const { photo: _photo, ...selfWithoutPhoto } = selfAnswers

describe('uploads in VR', () => {
  it('knows the file questions and documents of a flow, and nothing else', () => {
    expect([...uploadIds(branchingFlow)].sort()).toEqual(['extra-proof', 'household-register', 'photo'])
  })

  it('lets Continue pass a page whose only problem is an empty upload', () => {
    const outcome = continuePage(context({ answers: selfWithoutPhoto }), 'photo-page')
    expect(outcome.errors).toEqual([])
    // The optional "other proof" document applies to every branch: the documents step comes next.
    expect(outcome.next).toEqual({ kind: 'documents' })
  })

  it('reports missing required uploads apart from answers to fix before sending', () => {
    const self = submitBlockers(branchingFlow, selfWithoutPhoto, 'en', options)
    expect(self.fixable).toEqual([])
    expect(self.uploads.map((e) => e.fieldId)).toEqual(['photo'])

    const { 'household-register': _hr, ...child } = childAnswers
    const blockers = submitBlockers(branchingFlow, { ...child, mobile: '123' }, 'en', options)
    expect(blockers.fixable.map((e) => e.fieldId)).toEqual(['mobile'])
    expect(blockers.uploads.map((e) => e.fieldId)).toEqual(['household-register'])
    expect(submitBlockers(branchingFlow, selfAnswers, 'en', options)).toEqual({ fixable: [], uploads: [] })
  })
})

describe('Continue on a VR page', () => {
  it('shows the problems of that page in the chosen language and goes nowhere', () => {
    const answers = { ...selfAnswers, mobile: '12345', email: 'not-an-email' }
    const outcome = continuePage(context({ answers, language: 'zh' }), 'contact')
    expect(outcome.next).toBeNull()
    expect(outcome.errors.map((e) => e.fieldId)).toEqual(['mobile', 'email'])
    expect(outcome.errors[0]!.message).toMatch(/手机号码/)
  })

  it('follows the branch the answers chose', () => {
    expect(continuePage(context({ answers: { applicant: 'child' } }), 'who').next).toEqual({
      kind: 'question',
      pageId: 'child-details',
    })
    expect(continuePage(context({ answers: { applicant: 'self' } }), 'who').next).toEqual({
      kind: 'question',
      pageId: 'your-details',
    })
  })

  it('goes back to Check your answers after a change, unless the change opened a page to answer', () => {
    const back = continuePage(context({ answers: selfWithoutPhoto, returnToCheck: true }), 'contact')
    expect(back.next).toEqual({ kind: 'check' })
    const branched = continuePage(
      context({ answers: { ...selfWithoutPhoto, applicant: 'child' }, returnToCheck: true }),
      'who',
    )
    expect(branched.next).toEqual({ kind: 'question', pageId: 'child-details' })
  })

  it('resumes a draft at the first page with something to answer here, else at the check', () => {
    expect(resumeInVr(branchingFlow, {}, 'en', options)).toEqual({ kind: 'question', pageId: 'who' })
    expect(resumeInVr(branchingFlow, { applicant: 'self', 'full-name': 'A' }, 'en', options)).toEqual({
      kind: 'question',
      pageId: 'your-details',
    })
    expect(resumeInVr(branchingFlow, selfWithoutPhoto, 'en', options)).toEqual({ kind: 'check' })
  })
})

describe('links of the form view model as VR steps', () => {
  it('reads question, check and documents links, with or without a hall and a return', () => {
    expect(stepOfHref('/apply/card/who?return=check')).toEqual({
      step: { kind: 'question', pageId: 'who' },
      returnToCheck: true,
    })
    expect(stepOfHref('/apply/card/check-answers?hall=grid-200')).toEqual({
      step: { kind: 'check' },
      returnToCheck: false,
    })
    expect(stepOfHref('/apply/card/upload-documents')?.step).toEqual({ kind: 'documents' })
    expect(stepOfHref('/apply/card')?.step).toEqual({ kind: 'start' })
  })

  it('has no step for consent, saved or other pages', () => {
    expect(stepOfHref('/apply/card/use-records')).toBeNull()
    expect(stepOfHref('/apply/card/saved')).toBeNull()
    expect(stepOfHref('/2d')).toBeNull()
  })

  it('takes the back link of a page where the 2D form would go', () => {
    const model = questionPageViewModel(context({ answers: selfAnswers }), 'contact')!
    expect(stepOfHref(model.backHref)?.step).toEqual({ kind: 'question', pageId: 'your-details' })
    const first = questionPageViewModel(context(), 'who')!
    expect(stepOfHref(first.backHref)?.step).toEqual({ kind: 'start' })
  })
})

describe('typing in VR', () => {
  it('reads a date typed in one box with the usual separators', () => {
    for (const typed of ['2027-1-15', '2027/1/15', '2027.1.15', '2027 1 15', '2027年1月15日', ' 2027/1/15 '])
      expect(dateFromTyped(typed), typed).toBe('2027-1-15')
    expect(dateFromTyped('2027-01-15')).toBe('2027-01-15')
  })

  it('keeps a half-typed or wrong date as typed, and blank as not answered', () => {
    expect(dateFromTyped('2027/1')).toBe('2027/1')
    expect(dateFromTyped('next tuesday')).toBe('next tuesday')
    expect(dateFromTyped('   ')).toBeUndefined()
    expect(dateBoxText({ d: '2027-1-15' }, 'd')).toBe('2027-1-15')
    expect(dateBoxText({ d: 20270115 }, 'd')).toBe('')
    expect(dateBoxText({}, 'd')).toBe('')
  })

  it('toggles multiple-choice options in the options order', () => {
    const order = ['zh', 'en', 'sign']
    expect(toggleOption(undefined, 'en', order)).toEqual(['en'])
    expect(toggleOption(['en'], 'zh', order)).toEqual(['zh', 'en'])
    expect(toggleOption(['zh', 'en'], 'zh', order)).toEqual(['en'])
    expect(toggleOption(['en'], 'en', order)).toBeUndefined()
    expect(toggleOption('garbage', 'sign', order)).toEqual(['sign'])
  })
})

describe('answers from VR boxes', () => {
  const address = (values: Record<string, string>) => ({
    type: 'address' as const,
    address: ['province', 'city', 'district', 'street', 'detail'].map((part) => ({
      part: part as 'province',
      label: part,
      inputId: part,
      value: values[part] ?? '',
      required: part !== 'street',
      error: null,
    })),
  })

  it('gives blank text as not answered and other text as typed', () => {
    expect(answerFromBox({ type: 'mobile', address: [] }, '')).toBeUndefined()
    expect(answerFromBox({ type: 'mobile', address: [] }, '138 0013')).toBe('138 0013')
    expect(answerFromBox({ type: 'date', address: [] }, '2027/1/15')).toBe('2027-1-15')
  })

  it('merges an address part into the address and drops blank parts', () => {
    expect(answerFromBox(address({ province: '北京市' }), '朝阳区', 'district')).toEqual({
      province: '北京市',
      district: '朝阳区',
    })
    expect(answerFromBox(address({ province: '北京市', city: 'x' }), '', 'city')).toEqual({
      province: '北京市',
    })
    expect(answerFromBox(address({ province: '北京市' }), '', 'province')).toBeUndefined()
  })
})
