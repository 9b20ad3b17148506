import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Answers } from '../../../shared/flow/answers'
import { branchingFlow, selfAnswers, TODAY } from '../../../shared/flow/testing/branching-flow'
import type { Hall } from '../../../shared/scene/schema'
import { api } from '../../account/api'
import type { Application, Draft } from '../../account/api-types'
import { useFormStore } from '../../forms/form-store'
import { xrFormActions, xrFormContext, type XrFormEnv } from './xr-form-actions'
import { useXrFormStore } from './xr-form-store'

// The API is the server's; here it is a fake that records what the VR form sends.
vi.mock('../../account/api', () => ({
  api: {
    createDraft: vi.fn(),
    getDraft: vi.fn(),
    saveDraft: vi.fn(),
    submit: vi.fn(),
    application: vi.fn(),
  },
}))
const fake = vi.mocked(api)

const hall = { id: 'city-centre', services: [{ id: 'card', flow: branchingFlow }] } as unknown as Hall
const env: XrFormEnv = { language: 'en', hall, options: { today: TODAY } }

function draft(answers: Answers = {}, serviceId = 'card'): Draft {
  return {
    resumeCode: 'ABCD2345',
    serviceId,
    hallId: 'city-centre',
    answers,
    pageId: null,
    updatedAt: '2026-11-30T08:00:00Z',
    expiresAt: '2026-12-30T08:00:00Z',
    attachments: [],
    citizenId: null,
  }
}

const application: Application = {
  reference: 'A-20261130-0001',
  serviceId: 'card',
  status: 'received',
  submittedAt: '2026-11-30T08:00:00Z',
  expectedBy: '2026-12-10',
  nextSteps: { zh: '等待审核', en: 'We check it' },
} as Application

const type = (fieldId: string, value: unknown) => useFormStore.getState().actions.setAnswer(fieldId, value)
const step = () => useXrFormStore.getState().step

beforeEach(() => {
  vi.clearAllMocks()
  useFormStore.getState().actions.reset()
  fake.createDraft.mockResolvedValue(draft())
  fake.saveDraft.mockImplementation(async (_lang, _code, answers, pageId) => ({
    ...draft(answers),
    pageId,
  }))
  fake.submit.mockResolvedValue(application)
  xrFormActions.open('card', 'counter-05')
})

describe('the VR form actions', () => {
  it('starts a draft for the open service and shows its first page', async () => {
    await xrFormActions.start(env)
    expect(fake.createDraft).toHaveBeenCalledWith('en', 'card', 'city-centre')
    expect(step()).toEqual({ kind: 'question', pageId: 'who' })
    expect(useFormStore.getState().draft?.resumeCode).toBe('ABCD2345')
  })

  it('keeps a bad answer, saves it and shows its error; a fixed answer moves on', async () => {
    await xrFormActions.start(env)
    type('applicant', 'self')
    await xrFormActions.continuePage(env, 'who')
    expect(step()).toEqual({ kind: 'question', pageId: 'your-details' })
    for (const [id, value] of Object.entries(selfAnswers)) if (id !== 'mobile') type(id, value)
    useXrFormStore.getState().actions.go({ kind: 'question', pageId: 'contact' })
    type('mobile', '12345')
    await xrFormActions.continuePage(env, 'contact')

    expect(step()).toEqual({ kind: 'question', pageId: 'contact' })
    expect(fake.saveDraft).toHaveBeenLastCalledWith(
      'en',
      'ABCD2345',
      expect.objectContaining({ mobile: '12345' }),
      'contact',
    )
    const shown = xrFormContext(env)!.errors
    expect(shown.map((e) => e.fieldId)).toEqual(['mobile'])
    expect(useFormStore.getState().answers.mobile).toBe('12345')

    type('mobile', '13800138000')
    await xrFormActions.continuePage(env, 'contact')
    expect(step()).toEqual({ kind: 'question', pageId: 'extras' })
    expect(xrFormContext(env)!.errors).toEqual([])
  })

  it('follows back and change links to the step the 2D form would show', () => {
    xrFormActions.follow('/apply/card/contact?return=check')
    expect(useXrFormStore.getState()).toMatchObject({
      step: { kind: 'question', pageId: 'contact' },
      returnToCheck: true,
    })
    xrFormActions.follow('/apply/card/use-records')
    expect(step()).toEqual({ kind: 'question', pageId: 'contact' })
  })

  it('refuses to send without the declaration, then sends once and shows the reference', async () => {
    useFormStore.setState({ draft: draft(selfAnswers), answers: { ...selfAnswers } })
    useXrFormStore.getState().actions.go({ kind: 'check' })
    await xrFormActions.submit(env)
    expect(useXrFormStore.getState().declarationError).toBe(true)
    expect(fake.submit).not.toHaveBeenCalled()

    xrFormActions.toggleDeclaration()
    expect(useXrFormStore.getState().declarationError).toBe(false)
    await xrFormActions.submit(env)
    expect(fake.submit).toHaveBeenCalledTimes(1)
    expect(fake.submit.mock.calls[0]![1]).toBe('ABCD2345')
    expect(step()).toEqual({ kind: 'confirmation' })
    expect(useFormStore.getState().application?.reference).toBe('A-20261130-0001')
  })

  it('does not send while a required upload is missing (it is attached on the 2D page)', async () => {
    const { photo: _photo, ...withoutPhoto } = selfAnswers
    useFormStore.setState({ draft: draft(withoutPhoto), answers: { ...withoutPhoto } })
    useXrFormStore.getState().actions.go({ kind: 'check' })
    xrFormActions.toggleDeclaration()
    await xrFormActions.submit(env)
    expect(fake.submit).not.toHaveBeenCalled()
    expect(step()).toEqual({ kind: 'check' })
  })

  it('resumes a saved draft where it has something to answer, and refuses another service’s code', async () => {
    fake.getDraft.mockResolvedValueOnce(draft({ applicant: 'self', 'full-name': 'A' }))
    await xrFormActions.resume(env, 'abcd2345')
    expect(fake.getDraft).toHaveBeenCalledWith('en', 'ABCD2345')
    expect(step()).toEqual({ kind: 'question', pageId: 'your-details' })

    xrFormActions.open('card', 'counter-05')
    fake.getDraft.mockResolvedValueOnce(draft({}, 'other-service'))
    await xrFormActions.resume(env, 'ZZZZ2345')
    expect(step()).toEqual({ kind: 'start' })
    expect(useXrFormStore.getState().problem).toMatch(/another service/)
  })

  it('reports a failed start on the panel and lets the buttons work again', async () => {
    fake.createDraft.mockRejectedValueOnce(new Error('Too many requests'))
    await xrFormActions.start(env)
    expect(useXrFormStore.getState()).toMatchObject({ problem: 'Too many requests', busy: false })
    expect(step()).toEqual({ kind: 'start' })
  })
})
