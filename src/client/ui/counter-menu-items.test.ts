import { describe, expect, it } from 'vitest'
import type { Hall } from '../../shared/scene/schema'
import { counterMenuItems } from './counter-menu-items'

const hall = {
  departments: [
    { id: 'tax', name: { zh: '税务', en: 'Tax' } },
    { id: 'civil-affairs', name: { zh: '民政', en: 'Civil Affairs' } },
  ],
  counters: [
    { id: 'c-10', number: '10', departmentId: 'tax' },
    { id: 'c-02', number: '02', departmentId: 'civil-affairs' },
    { id: 'c-09', number: '9', departmentId: 'tax' },
  ],
} as unknown as Hall

describe('counterMenuItems', () => {
  it('lists counters by number with their department', () => {
    expect(counterMenuItems(hall, 'en')).toEqual([
      { id: 'c-02', number: '02', department: 'Civil Affairs', label: 'Counter 02 · Civil Affairs' },
      { id: 'c-09', number: '9', department: 'Tax', label: 'Counter 9 · Tax' },
      { id: 'c-10', number: '10', department: 'Tax', label: 'Counter 10 · Tax' },
    ])
  })

  it('labels in Chinese', () => {
    expect(counterMenuItems(hall, 'zh')[0]?.label).toBe('02号窗口 · 民政')
  })
})
