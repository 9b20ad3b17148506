import { beforeEach, describe, expect, it } from 'vitest'
import { useFormStore } from '../../forms/form-store'
import { xrFormAutomationState } from './xr-form-automation'
import { useXrFormStore } from './xr-form-store'

const mobileError = { pageId: 'contact', fieldId: 'mobile', code: 'mobile-format', message: 'Bad number' }

beforeEach(() => {
  useFormStore.getState().actions.reset()
  useXrFormStore.getState().actions.close()
})

describe('xr().form', () => {
  it('is null while no form panel is open', () => {
    expect(xrFormAutomationState()).toBeNull()
  })

  it('reports the step, the answers as typed and the errors of the page shown only', () => {
    const { actions } = useXrFormStore.getState()
    actions.open('card', 'counter-05')
    actions.go({ kind: 'question', pageId: 'contact' })
    useFormStore.getState().actions.setAnswer('mobile', '12345')
    useFormStore.getState().actions.showErrors('contact', [mobileError])
    expect(xrFormAutomationState()).toMatchObject({
      service: 'card',
      counter: 'counter-05',
      step: 'question',
      page: 'contact',
      answers: { mobile: '12345' },
      errors: [{ field: 'mobile', message: 'Bad number' }],
      resumeCode: null,
      reference: null,
    })
    // Errors filed under another page are not this page's.
    actions.go({ kind: 'question', pageId: 'who' })
    expect(xrFormAutomationState()!.errors).toEqual([])
  })
})
