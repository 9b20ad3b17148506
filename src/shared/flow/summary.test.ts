import { describe, expect, it } from 'vitest'
import { TODAY, branchingFlow as flow, childAnswers, selfAnswers } from './testing/branching-flow'
import { applyPrefill, prefillPlan } from './prefill'
import { summary } from './summary'
import { taskList } from './task-list'

const opts = { today: TODAY }

describe('summary', () => {
  it('lists the rows that apply, the summary order first, with readable values', () => {
    const rows = summary(flow, { ...selfAnswers, income: '12000', notes: '' }, 'en', opts)
    expect(rows.map((r) => [r.fieldId, r.valueText])).toEqual([
      ['applicant', 'Myself'],
      ['mobile', '13800138000'],
      ['full-name', '张伟'],
      ['id-number', '11010519491231002X'],
      ['date-of-birth', '31 December 1949'],
      ['email', 'Not provided'],
      ['wants-post', 'No'],
      ['income', '12000 yuan'],
      ['languages', 'Chinese'],
      ['notes', 'Not provided'],
      ['photo', 'photo.jpg'],
      ['extra-proof', 'Not provided'],
    ])
    expect(rows.find((r) => r.fieldId === 'date-of-birth')).toMatchObject({
      pageId: 'your-details',
      label: 'Date of birth',
      answered: true,
    })
    expect(rows.find((r) => r.fieldId === 'extra-proof')).toMatchObject({ pageId: null, answered: false })
  })

  it('writes Chinese values the Chinese way', () => {
    const rows = summary(flow, { ...childAnswers, 'wants-post': true }, 'zh', opts)
    const text = Object.fromEntries(rows.map((r) => [r.fieldId, r.valueText]))
    expect(text['child-birth']).toBe('2015年3月7日')
    expect(text['wants-post']).toBe('是')
    expect(text['postal-address']).toBe('北京市北京市朝阳区建国路1号1单元101')
    expect(text['household-register']).toBe('hukou.pdf')
    expect(rows.map((r) => r.fieldId)).not.toContain('full-name')
  })

  it('writes an English address from the door up and lists several choices', () => {
    const answers = {
      ...selfAnswers,
      languages: ['sign', 'zh'],
      'wants-post': true,
      'postal-address': {
        province: 'Guangdong',
        city: 'Shenzhen',
        district: 'Nanshan',
        street: 'Yuehai',
        detail: '1 Keji Road',
      },
    }
    const text = Object.fromEntries(summary(flow, answers, 'en', opts).map((r) => [r.fieldId, r.valueText]))
    expect(text['postal-address']).toBe('1 Keji Road, Yuehai, Nanshan, Shenzhen, Guangdong')
    expect(text.languages).toBe('Chinese, Sign language')
  })
})

describe('taskList', () => {
  it('gives one task per page without sections, plus documents, with statuses', () => {
    const partial = { applicant: 'child', 'child-name': '张小明', mobile: '139' }
    const tasks = taskList(flow, partial, opts)
    expect(tasks.map((t) => [t.id, t.kind, t.status])).toEqual([
      ['who', 'pages', 'completed'],
      ['child-details', 'pages', 'in-progress'],
      ['contact', 'pages', 'in-progress'],
      ['photo-page', 'pages', 'not-started'],
      ['documents', 'documents', 'not-started'],
    ])
    expect(taskList(flow, childAnswers, opts).every((t) => t.status === 'completed')).toBe(true)
  })

  it('groups pages into the flow’s sections and leaves out sections that do not apply', () => {
    const sectioned = {
      ...flow,
      sections: [
        { id: 'applicant', title: { zh: '申请人', en: 'Applicant' } },
        { id: 'adult', title: { zh: '成人', en: 'Adult' } },
        { id: 'finish', title: { zh: '收尾', en: 'Finish' } },
      ],
      pages: flow.pages.map((p) => ({
        ...p,
        section:
          p.id === 'who' || p.id === 'child-details'
            ? 'applicant'
            : p.id === 'your-details' || p.id === 'extras'
              ? 'adult'
              : 'finish',
      })),
    }
    const tasks = taskList(sectioned, childAnswers, opts)
    expect(tasks.map((t) => [t.id, t.pageIds])).toEqual([
      ['applicant', ['who', 'child-details']],
      ['finish', ['contact', 'photo-page']],
      ['documents', []],
    ])
  })
})

describe('prefill', () => {
  it('plans the consent preview by register', () => {
    expect(prefillPlan(flow)).toEqual([
      {
        register: 'population',
        fields: [
          {
            fieldId: 'full-name',
            pageId: 'your-details',
            label: { zh: '姓名', en: 'Full name' },
            registerField: 'name',
          },
          {
            fieldId: 'id-number',
            pageId: 'your-details',
            label: { zh: '公民身份号码', en: 'ID number' },
            registerField: 'idNumber',
          },
        ],
      },
    ])
  })

  it('fills only from accepted registers and never over the citizen’s own answer', () => {
    const values = { 'full-name': '李娜', 'id-number': '11010519491231002X', mobile: '13800138000' }
    expect(applyPrefill(flow, { applicant: 'self' }, values, [])).toEqual({ applicant: 'self' })
    expect(applyPrefill(flow, { applicant: 'self', 'full-name': '李 娜' }, values, ['population'])).toEqual({
      applicant: 'self',
      'full-name': '李 娜',
      'id-number': '11010519491231002X',
    })
  })
})
