import { describe, expect, it } from 'vitest'
import {
  applicablePages,
  countingAnswers,
  firstInvalidPage,
  nextPage,
  previousPage,
  unknownAnswerIds,
  validateDocuments,
  validatePage,
  validateSubmission,
} from './engine'
import { TODAY, branchingFlow as flow, childAnswers, selfAnswers } from './testing/branching-flow'

const opts = { today: TODAY }
const ids = (answers: unknown) => applicablePages(flow, answers, opts).map((p) => p.id)

/** Follows Continue from the start, as a citizen would, and returns the pages visited. */
function walk(answers: unknown): string[] {
  const visited: string[] = []
  for (let page = nextPage(flow, answers, null, opts); page; page = nextPage(flow, answers, page, opts)) {
    visited.push(page)
    if (visited.length > flow.pages.length) throw new Error('loop')
  }
  return visited
}

describe('which pages apply', () => {
  it('takes the branch the first answer chooses', () => {
    expect(ids({})).toEqual(['who', 'contact', 'photo-page'])
    expect(ids(selfAnswers)).toEqual(['who', 'your-details', 'contact', 'extras', 'photo-page'])
    expect(ids(childAnswers)).toEqual(['who', 'child-details', 'contact', 'photo-page'])
    expect(walk(selfAnswers)).toEqual(ids(selfAnswers))
    expect(walk(childAnswers)).toEqual(ids(childAnswers))
  })

  it('reads "yes"/"no" strings as the booleans conditions compare with', () => {
    const post = { ...childAnswers, 'wants-post': 'yes' }
    expect(countingAnswers(flow, post, opts)['postal-address']).toEqual(childAnswers['postal-address'])
    const noPost = { ...childAnswers, 'wants-post': 'no' }
    expect(countingAnswers(flow, noPost, opts)).not.toHaveProperty('postal-address')
  })

  it('moves back through the pages that apply, keeping answers', () => {
    expect(previousPage(flow, selfAnswers, 'contact', opts)).toBe('your-details')
    expect(previousPage(flow, childAnswers, 'contact', opts)).toBe('child-details')
    expect(previousPage(flow, childAnswers, 'photo-page', opts)).toBe('contact')
    expect(previousPage(flow, childAnswers, 'who', opts)).toBeNull()
    expect(previousPage(flow, childAnswers, null, opts)).toBe('photo-page')
    expect(previousPage(flow, childAnswers, 'nowhere', opts)).toBeNull()
  })

  it('continues after a page that no longer applies, and restarts from an unknown page', () => {
    expect(nextPage(flow, childAnswers, 'your-details', opts)).toBe('child-details')
    expect(nextPage(flow, childAnswers, 'extras', opts)).toBe('photo-page')
    expect(nextPage(flow, childAnswers, 'photo-page', opts)).toBeNull()
    expect(nextPage(flow, childAnswers, 'nowhere', opts)).toBe('who')
  })
})

describe('countingAnswers', () => {
  it('drops answers on the branch not taken, to switched-off fields and to unknown ids', () => {
    const switched = {
      ...selfAnswers,
      ...childAnswers,
      'wants-post': false,
      'not-a-field': 'x',
      constructor: 'y',
    }
    const counting = countingAnswers(flow, switched, opts)
    expect(Object.keys(counting).sort()).toEqual(
      [
        'applicant',
        'child-name',
        'child-id',
        'child-birth',
        'mobile',
        'wants-post',
        'photo',
        'household-register',
      ].sort(),
    )
    expect(unknownAnswerIds(flow, switched).sort()).toEqual(['constructor', 'not-a-field'])
  })

  it('normalises valid answers and keeps invalid ones as typed', () => {
    const counting = countingAnswers(
      flow,
      { ...selfAnswers, mobile: '+86 138 0013 8000', 'date-of-birth': 'soon' },
      opts,
    )
    expect(counting.mobile).toBe('13800138000')
    expect(counting['date-of-birth']).toBe('soon')
    expect(counting['wants-post']).toBe(false)
  })

  it('never lets a stale answer on a skipped page switch a later page on', () => {
    // "extras" applies only to "self"; an answer left from the self branch must not count for a child.
    const stale = { ...childAnswers, languages: ['sign'], income: 5000, 'needs-interpreter': true }
    expect(countingAnswers(flow, stale, opts)).not.toHaveProperty('income')
    expect(countingAnswers(flow, stale, opts)).not.toHaveProperty('needs-interpreter')
    expect(ids(stale)).not.toContain('extras')
    expect(ids(stale)).not.toContain('interpreter')
    expect(ids({ ...selfAnswers, languages: ['sign'] })).toContain('interpreter')
  })
})

describe('validatePage', () => {
  it('passes valid answers and reports each problem with a message to fix it', () => {
    expect(validatePage(flow, 'your-details', selfAnswers, 'en', opts)).toEqual({ ok: true, errors: [] })
    const result = validatePage(
      flow,
      'your-details',
      { ...selfAnswers, 'full-name': '', 'id-number': '110105194912310021', 'date-of-birth': '2030-01-01' },
      'en',
      opts,
    )
    expect(result.ok).toBe(false)
    expect(result.errors.map((e) => [e.fieldId, e.code, e.message])).toEqual([
      ['full-name', 'required', 'Enter full name'],
      [
        'id-number',
        'id-check-digit',
        'Check ID number: one of the characters is wrong (the check digit does not match)',
      ],
      ['date-of-birth', 'date-not-past', 'Enter a date of birth in the past'],
    ])
    expect(result.errors.every((e) => e.pageId === 'your-details')).toBe(true)
  })

  it('reports address parts separately so each can be linked', () => {
    const result = validatePage(
      flow,
      'contact',
      { ...childAnswers, 'postal-address': { province: '北京市' } },
      'zh',
      opts,
    )
    expect(result.errors.map((e) => e.part)).toEqual(['city', 'district', 'detail'])
    expect(result.errors[0]!.message).toBe('请输入邮寄地址的市')
  })

  it('only checks the fields that apply on the page', () => {
    expect(validatePage(flow, 'contact', { mobile: '13800138000', 'wants-post': false }, 'en', opts).ok).toBe(
      true,
    )
    const revealed = validatePage(flow, 'contact', { mobile: '13800138000', 'wants-post': true }, 'en', opts)
    expect(revealed.errors.map((e) => [e.fieldId, e.message])).toEqual([
      ['postal-address', 'Enter postal address'],
    ])
  })

  it('treats a page that does not apply as valid and an unknown page as an error', () => {
    expect(validatePage(flow, 'child-details', selfAnswers, 'en', opts)).toEqual({ ok: true, errors: [] })
    const unknown = validatePage(flow, 'nowhere', selfAnswers, 'zh', opts)
    expect(unknown.ok).toBe(false)
    expect(unknown.errors[0]!.code).toBe('unknown-page')
  })
})

describe('validateSubmission', () => {
  it('accepts each complete branch and returns the normalised answers to store', () => {
    const self = validateSubmission(flow, selfAnswers, 'en', opts)
    expect(self.errors).toEqual([])
    expect(self.answers['id-number']).toBe('11010519491231002X')
    expect(self.answers.mobile).toBe('13800138000')
    const child = validateSubmission(flow, { ...childAnswers, 'full-name': 'stale' }, 'zh', opts)
    expect(child.ok).toBe(true)
    expect(child.answers).not.toHaveProperty('full-name')
  })

  it('requires the documents of the branch taken', () => {
    const { 'household-register': _, ...withoutRegister } = childAnswers
    const result = validateSubmission(flow, withoutRegister, 'en', opts)
    expect(result.errors).toEqual([
      { pageId: null, fieldId: 'household-register', code: 'required', message: 'Upload household register' },
    ])
    expect(validateDocuments(flow, withoutRegister, 'en', opts).ok).toBe(false)
    expect(validateDocuments(flow, selfAnswers, 'en', opts).ok).toBe(true)
  })

  it('lists every error in page order for answers that are not an object', () => {
    for (const answers of [null, 'x', 42, [1, 2]]) {
      const result = validateSubmission(flow, answers, 'en', opts)
      expect(result.ok).toBe(false)
      expect(result.errors.map((e) => e.fieldId)).toEqual(['applicant', 'mobile', 'wants-post', 'photo'])
      expect(result.answers).toEqual({})
    }
  })

  it('checks a child’s birth date against the under-16 rule measured from today', () => {
    const tooOld = { ...childAnswers, 'child-birth': '2010-11-29' }
    const errors = validateSubmission(flow, tooOld, 'en', opts).errors
    expect(errors.map((e) => e.message)).toEqual([
      "Child's date of birth must be the same as or after 30 November 2010",
    ])
    expect(validateSubmission(flow, tooOld, 'en', { today: '2026-11-28' }).ok).toBe(true)
  })

  it('finds the first page still to finish, for resuming a draft', () => {
    expect(firstInvalidPage(flow, {}, opts)).toBe('who')
    expect(firstInvalidPage(flow, { ...selfAnswers, photo: undefined }, opts)).toBe('photo-page')
    expect(firstInvalidPage(flow, selfAnswers, opts)).toBeNull()
  })
})
