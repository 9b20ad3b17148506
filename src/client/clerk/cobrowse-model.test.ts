import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { flowSchema } from '../../shared/flow'
import { answerRows, flowField, suggestionInput, suggestionValue } from './answer-rows'
import { EMPTY_COBROWSE, latestSuggestion, reduceCobrowse, type CobrowseEvent } from './cobrowse-model'

const flow = flowSchema.parse(
  JSON.parse(
    readFileSync(
      new URL('../../../scenes/city-centre/services/marriage-registration.json', import.meta.url),
      'utf8',
    ),
  ).flow,
)

const fold = (events: CobrowseEvent[]) => events.reduce(reduceCobrowse, EMPTY_COBROWSE)
const relay = { callId: 'c1', from: 'citizen' as const }

describe('co-browse state', () => {
  it('takes the citizen’s snapshot and then each typed field', () => {
    const state = fold([
      {
        type: 'cobrowse.snapshot',
        ...relay,
        serviceId: 'marriage-registration',
        pageId: 'your-details',
        answers: { 'full-name': '张' },
      },
      { type: 'cobrowse.field', ...relay, fieldId: 'full-name', value: '张三' },
    ])
    expect(state).toMatchObject({
      received: true,
      pageId: 'your-details',
      answers: { 'full-name': '张三' },
      lastChanged: 'full-name',
    })
  })

  it('ignores form messages that did not come from the citizen', () => {
    const state = fold([
      { type: 'cobrowse.field', callId: 'c1', from: 'clerk', fieldId: 'full-name', value: 'x' },
    ])
    expect(state).toBe(EMPTY_COBROWSE)
  })

  it('applies an accepted suggestion once, and a rejected one never', () => {
    const suggest = (id: string, value: string): CobrowseEvent => ({
      type: 'local.suggest',
      suggestion: { id, fieldId: 'mobile', value },
    })
    const state = fold([
      { type: 'cobrowse.field', ...relay, fieldId: 'mobile', value: '1380013800' },
      suggest('s1', '13800138000'),
      suggest('s2', '13900139000'),
      { type: 'cobrowse.reject', ...relay, suggestionId: 's2' },
      { type: 'cobrowse.accept', ...relay, suggestionId: 's1' },
      // A late accept of the rejected one changes nothing.
      { type: 'cobrowse.accept', ...relay, suggestionId: 's2' },
    ])
    expect(state.answers.mobile).toBe('13800138000')
    expect(state.suggestions.map((s) => s.status)).toEqual(['accepted', 'rejected'])
    expect(latestSuggestion(state, 'mobile')?.id).toBe('s2')
    expect(latestSuggestion(state, 'email')).toBeNull()
  })

  it('tracks the clerk’s highlight', () => {
    const state = fold([{ type: 'local.highlight', fieldId: 'email' }])
    expect(state.highlight).toBe('email')
    expect(reduceCobrowse(state, { type: 'local.highlight', fieldId: null }).highlight).toBeNull()
  })
})

describe('answer rows', () => {
  it('labels answers from the flow in both languages and lists unanswered questions', () => {
    const answers = { 'full-name': '张三', 'you-married-before': false, stray: 7 }
    const zh = answerRows(flow, answers, 'zh')
    const name = zh.find((r) => r.fieldId === 'full-name')!
    expect(name.valueText).toBe('张三')
    expect(name.label).not.toBe('full-name')
    expect(zh.find((r) => r.fieldId === 'you-married-before')!.valueText).toBe('否')
    expect(zh.find((r) => r.fieldId === 'mobile')!.answered).toBe(false)
    expect(answerRows(flow, answers, 'en').find((r) => r.fieldId === 'you-married-before')!.valueText).toBe(
      'No',
    )
    // Unknown to the flow, still shown.
    expect(zh.at(-1)).toEqual({ fieldId: 'stray', label: 'stray', valueText: '7', answered: true })
  })

  it('shows raw answers when the service has no flow', () => {
    expect(answerRows(null, { a: 'x', b: null }, 'en')).toEqual([
      { fieldId: 'a', label: 'a', valueText: 'x', answered: true },
    ])
  })

  it('offers the right input for a suggestion and shapes its value', () => {
    const married = flowField(flow, 'you-married-before')
    expect(suggestionInput(married, 'en')).toEqual({
      kind: 'choice',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    })
    expect(suggestionValue(married, 'no')).toBe(false)
    expect(suggestionInput(flowField(flow, 'mobile'), 'en')).toEqual({ kind: 'text' })
    expect(suggestionValue(flowField(flow, 'mobile'), ' 13800138000 ')).toBe('13800138000')
    expect(suggestionValue(flowField(flow, 'mobile'), '   ')).toBeNull()
    expect(flowField(flow, 'nope')).toBeNull()
  })
})
