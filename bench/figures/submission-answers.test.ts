import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { validateSubmission } from '../../src/shared/flow'
import { validateHall } from '../../src/shared/scene/validate-hall'
import type { SceneSource } from '../../src/shared/scene/validate-hall'
import { checkResidentId } from '../../src/shared/validation'
import { appointmentDate, marriageAnswers, residentId, SUBMISSION_SERVICE } from './submission-answers'

const root = fileURLToPath(new URL('../../', import.meta.url))
const servicesDir = `scenes/${SUBMISSION_SERVICE.hallId}/services`
const read = (file: string): SceneSource => ({
  file,
  data: JSON.parse(readFileSync(root + file, 'utf8')) as unknown,
})
const hall = validateHall(
  read(`scenes/${SUBMISSION_SERVICE.hallId}/hall.json`),
  readdirSync(root + servicesDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => read(`${servicesDir}/${name}`)),
)
const flow = hall.services.find((s) => s.id === SUBMISSION_SERVICE.serviceId)?.flow

describe('marriageAnswers', () => {
  it('is a valid submission of the real flow for many submissions, in both languages', () => {
    if (!flow) throw new Error(`${SUBMISSION_SERVICE.serviceId} has no flow`)
    for (const today of ['2026-11-30', '2027-02-26', '2028-02-27']) {
      for (const i of [0, 1, 499, 500, 999, 12_345, 99_999_999]) {
        for (const language of ['zh', 'en'] as const) {
          const result = validateSubmission(flow, marriageAnswers(i, today), language, { today })
          expect(result.errors, `i=${i} today=${today}`).toEqual([])
        }
      }
    }
  })

  it('differs per submission in names, ID numbers and mobiles', () => {
    const a = marriageAnswers(1, '2026-11-30')
    const b = marriageAnswers(2, '2026-11-30')
    for (const id of ['full-name', 'id-number', 'mobile', 'partner-name', 'partner-id-number'])
      expect(a[id], id).not.toEqual(b[id])
  })
})

describe('residentId', () => {
  it('builds IDs that pass the shared check, with the given birth date', () => {
    for (const sequence of [0, 1, 17, 999, 1000]) {
      const id = residentId('110105', '1992-03-08', sequence)
      expect(id).toMatch(/^11010519920308\d{3}[\dX]$/)
      expect(checkResidentId(id, '2026-11-30').ok).toBe(true)
    }
  })
})

describe('appointmentDate', () => {
  it('is two weeks on, moved off a weekend to the Monday', () => {
    expect(appointmentDate('2026-11-30')).toBe('2026-12-14') // Monday + 14 = Monday
    expect(appointmentDate('2026-12-05')).toBe('2026-12-21') // Saturday + 14 -> Monday
    expect(appointmentDate('2026-12-06')).toBe('2026-12-21') // Sunday + 14 -> Monday
  })
})
