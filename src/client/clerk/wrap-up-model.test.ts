import { describe, expect, it } from 'vitest'
import { shortcutFor } from './shortcuts'
import { checkWrapUp, MAX_NOTES } from './wrap-up-model'

describe('wrap-up form', () => {
  it('needs an outcome from the list', () => {
    expect(checkWrapUp({ outcome: null, notes: '' })).toEqual({
      ok: false,
      problems: [{ field: 'outcome', key: 'outcomeEmpty' }],
    })
    expect(checkWrapUp({ outcome: 'approved', notes: '' }).ok).toBe(false)
    expect(checkWrapUp({ outcome: 'more-documents', notes: '  bring the hukou booklet ' })).toEqual({
      ok: true,
      outcome: 'more-documents',
      notes: 'bring the hukou booklet',
    })
  })

  it('counts note length in characters, Chinese included', () => {
    expect(checkWrapUp({ outcome: 'accepted', notes: '办'.repeat(MAX_NOTES) }).ok).toBe(true)
    expect(checkWrapUp({ outcome: 'accepted', notes: '办'.repeat(MAX_NOTES + 1) })).toEqual({
      ok: false,
      problems: [{ field: 'notes', key: 'notesTooLong' }],
    })
  })
})

describe('shortcuts', () => {
  const key = (
    code: string,
    mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
  ) => ({
    code,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...mods,
  })
  it('maps Alt+letter to actions and nothing else', () => {
    expect(shortcutFor(key('KeyN', { altKey: true }))).toBe('callNext')
    expect(shortcutFor(key('KeyH', { altKey: true }))).toBe('hangUp')
    expect(shortcutFor(key('KeyN'))).toBeNull()
    expect(shortcutFor(key('KeyN', { altKey: true, ctrlKey: true }))).toBeNull()
    expect(shortcutFor(key('KeyQ', { altKey: true }))).toBeNull()
    expect(shortcutFor({ ...key('KeyN', { altKey: true }), repeat: true })).toBeNull()
  })
})
