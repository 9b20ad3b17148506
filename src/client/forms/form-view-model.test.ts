import { describe, expect, it } from 'vitest'
import { validatePage } from '../../shared/flow/engine'
import { branchingFlow, childAnswers, selfAnswers, TODAY } from '../../shared/flow/testing/branching-flow'
import { routeFor } from '../app/route'
import { parseApplyPath, stepHref, stepPath } from './apply-route'
import { joinDate, splitDate } from './date-parts'
import {
  checkAnswersViewModel,
  documentsViewModel,
  questionPageViewModel,
  resumeStep,
  stepAfterPage,
  type FormContext,
} from './form-view-model'

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

describe('apply routes', () => {
  it('reads the start, fixed steps and question pages', () => {
    expect(parseApplyPath('/apply/card')).toEqual({ serviceId: 'card', step: { kind: 'start' } })
    expect(parseApplyPath('/apply/card/')).toEqual({ serviceId: 'card', step: { kind: 'start' } })
    expect(parseApplyPath('/apply/card/check-answers')?.step).toEqual({ kind: 'check' })
    expect(parseApplyPath('/apply/card/use-records')?.step).toEqual({ kind: 'consent' })
    expect(parseApplyPath('/apply/card/who')?.step).toEqual({ kind: 'question', pageId: 'who' })
  })

  it('is routed to the form page, as are the account pages', () => {
    expect(routeFor('/apply/card')).toBe('apply')
    expect(routeFor('/apply/card/check-answers')).toBe('apply')
    expect(routeFor('/apply/card/a/b')).toBe('not-found')
    expect(routeFor('/resume')).toBe('resume')
    expect(routeFor('/track')).toBe('track')
    expect(routeFor('/me')).toBe('me')
  })

  it('refuses other paths and unsafe segments', () => {
    expect(parseApplyPath('/2d')).toBeNull()
    expect(parseApplyPath('/apply')).toBeNull()
    expect(parseApplyPath('/apply/Card')).toBeNull()
    expect(parseApplyPath('/apply/card/who/extra')).toBeNull()
    expect(parseApplyPath('/apply/card/<script>')).toBeNull()
  })

  it('round-trips every step and keeps a non-default hall', () => {
    for (const step of [
      { kind: 'start' },
      { kind: 'consent' },
      { kind: 'question', pageId: 'contact' },
      { kind: 'documents' },
      { kind: 'check' },
      { kind: 'saved' },
      { kind: 'confirmation' },
    ] as const)
      expect(parseApplyPath(stepPath('card', step))?.step).toEqual(step)
    expect(stepHref('card', { kind: 'check' }, 'grid-200')).toBe('/apply/card/check-answers?hall=grid-200')
    expect(stepHref('card', { kind: 'start' }, 'city-centre', { code: 'K7QM-3XPD' })).toBe(
      '/apply/card?code=K7QM-3XPD',
    )
  })
})

describe('date boxes', () => {
  it('keeps a half-typed date exactly as typed', () => {
    expect(joinDate({ year: '2020', month: '', day: '5' })).toBe('2020--5')
    expect(splitDate('2020--5')).toEqual({ year: '2020', month: '', day: '5' })
    expect(splitDate('1949-12-31')).toEqual({ year: '1949', month: '12', day: '31' })
    expect(joinDate({ year: ' ', month: '', day: '' })).toBeUndefined()
    expect(splitDate(undefined)).toEqual({ year: '', month: '', day: '' })
  })
})

describe('questionPageViewModel', () => {
  it('shows the first page with its radios, progress and a back link to the start', () => {
    const model = questionPageViewModel(context(), 'who')
    expect(model?.title).toBe('Who is the card for')
    expect(model?.backHref).toBe('/apply/card')
    expect(model?.progress).toMatch(/^Step 1 of \d+$/)
    const field = model?.fields[0]
    expect(field?.type).toBe('single-choice')
    expect(field?.options.map((o) => [o.label, o.checked])).toEqual([
      ['Myself', false],
      ['My child under 16', false],
    ])
    expect(field?.options[0]?.inputId).toBe(field?.inputId)
  })

  it('returns null for a page the answers skip', () => {
    expect(questionPageViewModel(context({ answers: { applicant: 'self' } }), 'child-details')).toBeNull()
    expect(questionPageViewModel(context({ answers: { applicant: 'self' } }), 'your-details')).not.toBeNull()
    expect(questionPageViewModel(context(), 'nope')).toBeNull()
  })

  it('keeps typed values and puts each error beside its field and in the summary', () => {
    const answers = {
      applicant: 'self',
      'full-name': '',
      'id-number': '11010519491231002',
      'date-of-birth': '1949--31',
    }
    const { errors } = validatePage(branchingFlow, 'your-details', answers, 'en', options)
    const model = questionPageViewModel(context({ answers, errors }), 'your-details')
    const byId = Object.fromEntries(model!.fields.map((f) => [f.id, f]))
    expect(byId['id-number']?.text).toBe('11010519491231002')
    expect(byId['id-number']?.error).toMatch(/18 characters/)
    expect(byId['full-name']?.error).toBe('Enter full name')
    expect(byId['date-of-birth']?.date).toMatchObject({ year: '1949', month: '', day: '31' })
    expect(byId['date-of-birth']?.date?.order).toEqual(['day', 'month', 'year'])
    expect(model?.errorSummary.map((e) => e.targetId)).toEqual([
      'field-full-name',
      'field-id-number',
      'field-date-of-birth-day',
    ])
    expect(model?.backHref).toBe('/apply/card/who')
  })

  it('speaks Chinese with the year first, and links an address error to the part at fault', () => {
    const answers = {
      ...childAnswers,
      'postal-address': { province: '北京市', city: '', district: '朝阳区', detail: 'x' },
    }
    const { errors } = validatePage(branchingFlow, 'contact', answers, 'zh', options)
    const model = questionPageViewModel(context({ answers, errors, language: 'zh' }), 'contact')
    const address = model?.fields.find((f) => f.id === 'postal-address')
    expect(address?.address.find((p) => p.part === 'city')?.error).toMatch(/市/)
    expect(address?.address.find((p) => p.part === 'province')?.value).toBe('北京市')
    expect(model?.errorSummary).toEqual([
      { targetId: 'field-postal-address-city', message: expect.any(String) },
    ])
    const birth = questionPageViewModel(context({ answers, language: 'zh' }), 'child-details')?.fields.find(
      (f) => f.type === 'date',
    )
    expect(birth?.date?.order).toEqual(['year', 'month', 'day'])
    expect(birth?.inputId).toBe('field-child-birth-year')
  })

  it('notes an answer that came from a register, and states upload limits up front', () => {
    const model = questionPageViewModel(
      context({
        answers: { applicant: 'self', 'full-name': '张伟' },
        prefilled: { 'full-name': 'population' },
      }),
      'your-details',
    )
    expect(model?.fields[0]?.prefilledNote).toBe('Filled from the population register; you can change it')
    expect(model?.fields[1]?.prefilledNote).toBeNull()
    const photo = questionPageViewModel(context({ answers: selfAnswers }), 'photo-page')?.fields[0]
    expect(photo?.fileLimits).toMatch(/JPG/)
    expect(photo?.fileLimits).toMatch(/MB/)
    expect(photo?.files.map((f) => f.name)).toEqual(['photo.jpg'])
  })

  it('reveals a question on the same page once its condition holds', () => {
    const ids = (answers: Record<string, unknown>) =>
      questionPageViewModel(context({ answers }), 'contact')?.fields.map((f) => f.id)
    expect(ids({ applicant: 'self' })).not.toContain('postal-address')
    expect(ids({ applicant: 'self', 'wants-post': 'yes' })).toContain('postal-address')
  })
})

describe('navigation', () => {
  it('follows the branch taken and ends at documents, then check', () => {
    expect(stepAfterPage(context({ answers: { applicant: 'child' } }), 'who')).toEqual({
      kind: 'question',
      pageId: 'child-details',
    })
    expect(stepAfterPage(context({ answers: { applicant: 'self' } }), 'who')).toEqual({
      kind: 'question',
      pageId: 'your-details',
    })
    expect(stepAfterPage(context({ answers: selfAnswers }), 'photo-page')).toEqual({ kind: 'documents' })
  })

  it('returns to Check your answers after a change unless the change opened unanswered questions', () => {
    expect(stepAfterPage(context({ answers: selfAnswers, returnToCheck: true }), 'contact')).toEqual({
      kind: 'check',
    })
    const switched = { ...selfAnswers, applicant: 'child' }
    expect(stepAfterPage(context({ answers: switched, returnToCheck: true }), 'who')).toEqual({
      kind: 'question',
      pageId: 'child-details',
    })
  })

  it('resumes at the first unanswered page, then documents, then check', () => {
    expect(resumeStep(branchingFlow, { applicant: 'self' }, options)).toEqual({
      kind: 'question',
      pageId: 'your-details',
    })
    expect(resumeStep(branchingFlow, selfAnswers, options)).toEqual({ kind: 'check' })
    const { 'household-register': _hr, ...noDocument } = childAnswers
    expect(resumeStep(branchingFlow, noDocument, options)).toEqual({ kind: 'documents' })
  })
})

describe('documents and Check your answers', () => {
  it('lists only the documents that apply', () => {
    expect(documentsViewModel(context({ answers: selfAnswers })).documents.map((d) => d.id)).toEqual([
      'extra-proof',
    ])
    expect(documentsViewModel(context({ answers: childAnswers })).documents.map((d) => d.id)).toEqual([
      'household-register',
      'extra-proof',
    ])
  })

  it('has a Change link per answer back to its page, and the declaration', () => {
    const model = checkAnswersViewModel(context({ answers: selfAnswers }))
    expect(model.rows[0]).toMatchObject({
      fieldId: 'applicant',
      valueText: 'Myself',
      changeHref: '/apply/card/who?return=check',
      changeLabel: 'Change Who the card is for',
    })
    expect(model.rows.find((r) => r.fieldId === 'extra-proof')?.changeHref).toBe(
      '/apply/card/upload-documents?return=check',
    )
    expect(model.rows.some((r) => r.fieldId === 'child-name')).toBe(false)
    expect(model.declarationConfirm).toBe('I confirm')
    expect(model.backHref).toBe('/apply/card/upload-documents')
  })
})
